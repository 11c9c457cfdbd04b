namespace Finsam.Web.SignIn;

// What identity gave a signed-in person's session: kept on the server, never in the browser.
public sealed record SessionTokens(string AccessToken, string? RefreshToken, string? IdToken, DateTimeOffset AccessTokenExpiresAt)
{
    // Renewed a little before it runs out, so a call never leaves with a token about to lapse.
    public static readonly TimeSpan RenewalMargin = TimeSpan.FromMinutes(1);

    public bool NeedsRenewal(DateTimeOffset now) => now >= AccessTokenExpiresAt - RenewalMargin;
}
