using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Finsam.Identity.Tokens;

public static class SigningKeys
{
    // The RSA key from its PEM, with a key id derived from the public key so that
    // services can match tokens to the published key.
    public static RsaSecurityKey FromPem(string pem)
    {
        if (string.IsNullOrWhiteSpace(pem))
        {
            throw new InvalidOperationException("Identity:SigningKey is not set; the AppHost generates it per data folder.");
        }
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        var keyId = Convert.ToHexString(SHA256.HashData(rsa.ExportRSAPublicKey()))[..16].ToLowerInvariant();
        return new RsaSecurityKey(rsa) { KeyId = keyId };
    }
}
