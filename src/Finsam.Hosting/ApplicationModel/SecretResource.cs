namespace Finsam.Hosting.ApplicationModel;

public enum SecretKind
{
    // 24 random bytes as hex: passwords, client secrets, API keys.
    Password,

    // 32 random bytes as hex: a 256-bit symmetric key.
    Key256,

    // A 2048-bit RSA private key as PEM: token signing.
    RsaPrivateKey,
}

// A secret generated once per data folder (secrets/{name}) and handed to projects in their
// environment: never in the repository, never logged, masked wherever it is shown.
public sealed class SecretResource(string name, SecretKind kind) : Resource(name)
{
    public SecretKind Kind { get; } = kind;

    internal string? Value { get; set; }

    public string GetValue() => Value ?? throw new InvalidOperationException($"{Name} is known once the AppHost has started.");
}
