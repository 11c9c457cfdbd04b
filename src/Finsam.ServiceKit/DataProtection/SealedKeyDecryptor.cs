using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;

namespace Finsam.ServiceKit.DataProtection;

// Data Protection's hook for a stored key it reads: opened (SealedKeyRing). Data Protection
// makes it by its type, named in the stored XML, with the services. Not sealed: a type an app
// named in keys it stored earlier can stay that name (identity's does).
public class SealedKeyDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement) => services.GetRequiredService<SealedKeyRing>().Open(encryptedElement);
}
