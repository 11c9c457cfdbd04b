using Finsam.Identity.Data;
using Finsam.Identity.Domain;
using Microsoft.Extensions.Options;

namespace Finsam.Identity.Tokens;

// The first regional administrator is a client app, finsam-admin, whose secret the
// AppHost generates per data folder; with it, people and other clients get their roles.
public static class BootstrapClient
{
    public static async Task EnsureBootstrapClientAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<TokenServerOptions>>().Value;
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BootstrapClient));
        if (string.IsNullOrEmpty(options.BootstrapClientSecret))
        {
            logger.LogWarning("Identity:BootstrapClientSecret is not set: no {Client} client.", TokenServerOptions.BootstrapClientId);
            return;
        }

        var clients = scope.ServiceProvider.GetRequiredService<ClientStore>();
        await clients.EnsureAsync(TokenServerOptions.BootstrapClientId, "Regional administration", options.BootstrapClientSecret, CancellationToken.None);
        var roleGrants = scope.ServiceProvider.GetRequiredService<RoleGrantStore>();
        var principal = IdentityNames.Client.Format(TokenServerOptions.BootstrapClientId);
        await roleGrants.EnsureAsync(new RoleGrant(principal, AccessRole.RegionalAdministrator, FederationId: ""), CancellationToken.None);
    }
}
