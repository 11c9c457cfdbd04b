namespace Finsam.Identity.SignIn;

// Section "Identity:External": an OpenID Connect provider people may sign in at instead of
// giving a password (e.g. the region's own), where Finsam is registered as a confidential
// client whose redirect URI is {the gateway's address}/connect/external/callback. Without
// an Authority there is none: no button, nothing registered.
public sealed class ExternalSignInOptions
{
    public const string Section = "Identity:External";

    // The provider's issuer address; its discovery document is at
    // {Authority}/.well-known/openid-configuration.
    public string Authority { get; set; } = "";

    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    // The provider's name as people know it: the button reads "Logga in med {DisplayName}".
    public string DisplayName { get; set; } = "";

    // Off only for a provider reached over plain http inside a test or a closed network.
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsConfigured => Authority.Length > 0;

    // The settings read at start; a provider named without what signing in there needs
    // stops the start with the setting named.
    public static ExternalSignInOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<ExternalSignInOptions>() ?? new ExternalSignInOptions();
        if (!options.IsConfigured)
        {
            return options;
        }
        if (!Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority) || authority.Scheme is not ("http" or "https"))
        {
            throw new InvalidOperationException($"{Section}:{nameof(Authority)}: '{options.Authority}' is no absolute http(s) address.");
        }
        foreach (var (name, value) in new[] { (nameof(ClientId), options.ClientId), (nameof(ClientSecret), options.ClientSecret), (nameof(DisplayName), options.DisplayName) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new InvalidOperationException($"{Section}:{name} is not set, though {Section}:{nameof(Authority)} is.");
            }
        }
        return options;
    }
}
