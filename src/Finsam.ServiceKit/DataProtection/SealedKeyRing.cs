using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace Finsam.ServiceKit.DataProtection;

// Seals each Data Protection key before it is stored in the app's database: AES-GCM under a
// key derived from the app's encryption key setting, so a copy of the database alone opens no
// session. Every replica derives the same key; each app (its purpose) a different one.
public sealed class SealedKeyRing
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly byte[] _key;

    public SealedKeyRing(string applicationName, byte[] encryptionKey) =>
        _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, encryptionKey, 32, info: Encoding.UTF8.GetBytes($"{applicationName} data protection keys"));

    public XElement Seal(XElement key)
    {
        var plaintext = Encoding.UTF8.GetBytes(key.ToString(SaveOptions.DisableFormatting));
        var nonce = RandomNumberGenerator.GetBytes(NonceSize);
        var sealedBytes = new byte[plaintext.Length];
        var tag = new byte[TagSize];
        using (var aes = new AesGcm(_key, TagSize))
        {
            aes.Encrypt(nonce, plaintext, sealedBytes, tag);
        }
        return new XElement("sealedKey",
            new XAttribute("nonce", Convert.ToBase64String(nonce)),
            new XAttribute("tag", Convert.ToBase64String(tag)),
            Convert.ToBase64String(sealedBytes));
    }

    // Throws (CryptographicException) for a key sealed under another key or changed since.
    public XElement Open(XElement sealedKey)
    {
        var nonce = Convert.FromBase64String((string?)sealedKey.Attribute("nonce") ?? "");
        var tag = Convert.FromBase64String((string?)sealedKey.Attribute("tag") ?? "");
        var sealedBytes = Convert.FromBase64String(sealedKey.Value);
        var plaintext = new byte[sealedBytes.Length];
        using (var aes = new AesGcm(_key, TagSize))
        {
            aes.Decrypt(nonce, sealedBytes, tag, plaintext);
        }
        return XElement.Parse(Encoding.UTF8.GetString(plaintext));
    }
}
