using Finsam.Identity.Data;
using Finsam.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

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

        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var existing = await applications.FindByClientIdAsync(TokenServerOptions.BootstrapClientId);
        if (existing is null)
        {
            await applications.CreateAsync(Clients.Descriptor(TokenServerOptions.BootstrapClientId, "Regional administration", options.BootstrapClientSecret));
        }
        else if (!await applications.ValidateClientSecretAsync(existing, options.BootstrapClientSecret))
        {
            await applications.UpdateAsync(existing, options.BootstrapClientSecret);
        }

        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var principal = Principals.Client(TokenServerOptions.BootstrapClientId);
        if (!await db.RoleGrants.AnyAsync(g => g.Principal == principal && g.Role == FinsamRoles.RegionalAdministrator))
        {
            db.RoleGrants.Add(new RoleGrantEntity { Principal = principal, Role = FinsamRoles.RegionalAdministrator, Federation = "" });
            await db.SaveChangesAsync();
        }
    }
}

public static class Clients
{
    // A confidential client app that gets tokens with its id and secret.
    public static OpenIddictApplicationDescriptor Descriptor(string clientId, string displayName, string secret) => new()
    {
        ClientId = clientId,
        ClientSecret = secret,
        ClientType = ClientTypes.Confidential,
        DisplayName = displayName,
        Permissions =
        {
            Permissions.Endpoints.Token,
            Permissions.GrantTypes.ClientCredentials,
        },
    };
}
