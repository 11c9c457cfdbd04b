namespace Finsam.Identity.Tokens;

// Section "Identity:WebClient": where the officers' web app, the public client
// "finsam-web", may be sent back after signing in and after signing out. The AppHost sets
// them from the web app's address (Identity__WebClient__RedirectUris__0=...); a list in
// one value, separated by spaces, commas or semicolons, is read too.
public sealed class WebClientOptions
{
    public const string Section = "Identity:WebClient";

    public const string ClientId = "finsam-web";

    public const string DisplayName = "Finsam (webben)";

    public IReadOnlyList<Uri> RedirectUris { get; private init; } = [];

    public IReadOnlyList<Uri> PostLogoutRedirectUris { get; private init; } = [];

    public static WebClientOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        return new WebClientOptions
        {
            RedirectUris = UrisIn(section.GetSection(nameof(RedirectUris))),
            PostLogoutRedirectUris = UrisIn(section.GetSection(nameof(PostLogoutRedirectUris))),
        };
    }

    // Absolute, without a fragment (OAuth 2.0 redirection endpoints); anything else stops
    // the start with the setting named, rather than leaving a client nobody can sign in with.
    private static Uri[] UrisIn(IConfigurationSection section)
    {
        var values = new[] { section.Value }.Concat(section.GetChildren().Select(child => child.Value))
            .SelectMany(value => (value ?? "").Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return [.. values.Distinct(StringComparer.Ordinal).Select(value =>
            Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Fragment.Length == 0
                ? uri
                : throw new InvalidOperationException($"{section.Path}: '{value}' is no absolute http(s) address without a fragment."))];
    }
}
