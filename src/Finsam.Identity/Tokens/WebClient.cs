using Finsam.Identity.Data;

namespace Finsam.Identity.Tokens;

// The officers' web app, finsam-web, signs people in with the authorization code flow and
// PKCE as a public client: registered at every start from configuration (WebClientOptions),
// so a new address for the app takes effect with identity's next start.
public static class WebClient
{
    public static async Task EnsureWebClientAsync(this WebApplication app)
    {
        var options = WebClientOptions.From(app.Configuration);
        await using var scope = app.Services.CreateAsyncScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WebClient));
        if (options.RedirectUris.Count == 0)
        {
            logger.LogInformation("{Section}:RedirectUris is not set: no one can sign in at {Client} until it is.",
                WebClientOptions.Section, WebClientOptions.ClientId);
        }

        var clients = scope.ServiceProvider.GetRequiredService<ClientStore>();
        await clients.EnsurePublicAsync(WebClientOptions.ClientId, WebClientOptions.DisplayName,
            options.RedirectUris, options.PostLogoutRedirectUris, CancellationToken.None);
    }
}
