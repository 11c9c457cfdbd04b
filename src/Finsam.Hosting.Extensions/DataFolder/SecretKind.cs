namespace Finsam.Hosting.DataFolder;

public enum SecretKind
{
    // 24 random bytes as hex: passwords, client secrets.
    Password,

    // 32 random bytes as hex: a 256-bit symmetric key.
    Key256,

    // A 2048-bit RSA private key as PEM: token signing.
    RsaPrivateKey,
}
