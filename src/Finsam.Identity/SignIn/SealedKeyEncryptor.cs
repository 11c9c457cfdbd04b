using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Finsam.Identity.SignIn;

// Data Protection's hook for a key before it is stored: sealed (SealedKeyRing).
public sealed class SealedKeyEncryptor(SealedKeyRing ring) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement) => new(ring.Seal(plaintextElement), typeof(SealedKeyDecryptor));
}
