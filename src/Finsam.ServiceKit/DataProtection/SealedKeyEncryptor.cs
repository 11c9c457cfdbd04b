using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Finsam.ServiceKit.DataProtection;

// Data Protection's hook for a key before it is stored: sealed (SealedKeyRing).
public sealed class SealedKeyEncryptor(SealedKeyRing ring, Type decryptor) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement) => new(ring.Seal(plaintextElement), decryptor);
}
