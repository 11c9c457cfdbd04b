using System.Security.Cryptography;
using System.Xml.Linq;
using Finsam.ServiceKit.DataProtection;

namespace Finsam.ServiceKit.Tests.DataProtection;

public sealed class SealedKeyRingTests
{
    private const string App = "finsam-test";

    private static readonly XElement Key = XElement.Parse("""<masterKey><value>aGVtbGlndA==</value></masterKey>""");

    [Fact]
    public void A_sealed_key_opens_with_the_same_encryption_key_and_shows_nothing_of_itself()
    {
        var encryptionKey = RandomNumberGenerator.GetBytes(32);
        var sealedKey = new SealedKeyRing(App, encryptionKey).Seal(Key);

        Assert.DoesNotContain("aGVtbGlndA", sealedKey.ToString(), StringComparison.Ordinal);
        Assert.Equal(Key.ToString(), new SealedKeyRing(App, [.. encryptionKey]).Open(sealedKey).ToString());
    }

    [Fact]
    public void Another_encryption_key_another_app_or_a_changed_seal_does_not_open_it()
    {
        var encryptionKey = RandomNumberGenerator.GetBytes(32);
        var sealedKey = new SealedKeyRing(App, encryptionKey).Seal(Key);

        Assert.ThrowsAny<CryptographicException>(() => new SealedKeyRing(App, RandomNumberGenerator.GetBytes(32)).Open(sealedKey));
        // Another app's ring, from the same setting, does not open it either.
        Assert.ThrowsAny<CryptographicException>(() => new SealedKeyRing("finsam-other", encryptionKey).Open(sealedKey));
        var bytes = Convert.FromBase64String(sealedKey.Value);
        bytes[0] ^= 1;
        sealedKey.Value = Convert.ToBase64String(bytes);
        Assert.ThrowsAny<CryptographicException>(() => new SealedKeyRing(App, encryptionKey).Open(sealedKey));
    }
}
