namespace Finsam.Identity.Tokens;

// Section "Identity": the keys and the bootstrap client, which the AppHost generates
// per data folder and hands over in the environment.
public sealed class TokenServerOptions
{
    public const string Section = "Identity";

    public const string BootstrapClientId = "finsam-admin";

    // The issuer every service expects in tokens.
    public string Issuer { get; set; } = "http://identity/";

    // PEM of the RSA key that signs access tokens.
    public string SigningKey { get; set; } = "";

    // Hex of a 256-bit key for OpenIddict's own encrypted tokens.
    public string EncryptionKey { get; set; } = "";

    // The secret of the regional administrators' first client app, finsam-admin.
    public string BootstrapClientSecret { get; set; } = "";

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    // How long a person's sign-in lasts: their session at the sign-in page (a cookie) and
    // the refresh tokens a client app gets for it. Refresh tokens roll (each use spends the
    // old one and gives a new one) but none outlives this from the sign-in, so after a
    // working day the person signs in again.
    public TimeSpan SignInLifetime { get; set; } = TimeSpan.FromHours(10);
}
