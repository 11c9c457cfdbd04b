using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Finsam.Identity.SignIn;

// Data Protection's hook for a stored key it reads: opened (SealedKeyRing). Data Protection
// makes it by its type, named in the stored XML, with the services.
public sealed class SealedKeyDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement) => services.GetRequiredService<SealedKeyRing>().Open(encryptedElement);
}
