using System.Security.Cryptography;
using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.Grpc;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;
using Contract = Finsam.Contracts.Identity.V1;

namespace Finsam.Identity.Data;

// Client apps: OpenIddict's applications, confidential, getting tokens with their id and
// secret. They are regional: their creation is in the regional audit trail (""). Besides
// them, the web app is a public client, set from configuration at start (EnsurePublicAsync).
public sealed class ClientStore(IdentityDbContext db, IOpenIddictApplicationManager applications, TimeProvider clock)
{
    private const string RegionalTrail = "";

    public async Task<bool> ExistsAsync(string clientId, CancellationToken ct) =>
        await applications.FindByClientIdAsync(clientId, ct) is not null;

    // For a token: the client's display name; null for a client OpenIddict does not know.
    public async Task<string?> FindDisplayNameAsync(string clientId, CancellationToken ct) =>
        await applications.FindByClientIdAsync(clientId, ct) is { } application
            ? await applications.GetDisplayNameAsync(application, ct) ?? clientId
            : null;

    // The new client, and its secret: shown once, kept only as OpenIddict's hash.
    public async Task<(Contract.Client Client, string Secret)> CreateAsync(string clientId, string displayName, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        if (await ExistsAsync(clientId, ct))
        {
            throw GrpcErrors.AlreadyExists(IdentityNames.Client.Format(clientId));
        }
        var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        var client = new Contract.Client
        {
            Name = IdentityNames.Client.Format(clientId),
            DisplayName = displayName,
            CreateTime = Timestamp.FromDateTimeOffset(clock.GetUtcNow()),
        };
        await applications.CreateAsync(Descriptor(clientId, displayName, secret), ct);
        db.Record(context, clock, RegionalTrail, client.Name, before: null, after: client);
        await db.SaveChangesAsync(ct);
        return (client, secret);
    }

    // At start-up, for the bootstrap client: the client with this secret, created or its
    // secret replaced, without an audit record (no one asked).
    public async Task EnsureAsync(string clientId, string displayName, string secret, CancellationToken ct)
    {
        var existing = await applications.FindByClientIdAsync(clientId, ct);
        if (existing is null)
        {
            await applications.CreateAsync(Descriptor(clientId, displayName, secret), ct);
        }
        else if (!await applications.ValidateClientSecretAsync(existing, secret, ct))
        {
            await applications.UpdateAsync(existing, secret, ct);
        }
    }

    // At start-up, for the web app: a public client (no secret) that signs people in with the
    // authorization code flow and PKCE, and may come back only to these addresses; created,
    // or updated when they (or what it may do) changed, without an audit record (no one asked).
    public async Task EnsurePublicAsync(string clientId, string displayName, IReadOnlyList<Uri> redirectUris, IReadOnlyList<Uri> postLogoutRedirectUris, CancellationToken ct)
    {
        var wanted = PublicDescriptor(clientId, displayName, redirectUris, postLogoutRedirectUris);
        var existing = await applications.FindByClientIdAsync(clientId, ct);
        if (existing is null)
        {
            await applications.CreateAsync(wanted, ct);
            return;
        }
        var current = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(current, existing, ct);
        if (!IsSame(current, wanted))
        {
            await applications.PopulateAsync(existing, wanted, ct);
            await applications.UpdateAsync(existing, ct);
        }
    }

    private static OpenIddictApplicationDescriptor PublicDescriptor(string clientId, string displayName, IReadOnlyList<Uri> redirectUris, IReadOnlyList<Uri> postLogoutRedirectUris)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientType = ClientTypes.Public,
            // Our own app: no consent screen between signing in and coming back.
            ConsentType = ConsentTypes.Implicit,
            DisplayName = displayName,
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.EndSession,
                Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile,
                Permissions.Scopes.Roles,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        descriptor.RedirectUris.UnionWith(redirectUris);
        descriptor.PostLogoutRedirectUris.UnionWith(postLogoutRedirectUris);
        return descriptor;
    }

    private static bool IsSame(OpenIddictApplicationDescriptor current, OpenIddictApplicationDescriptor wanted) =>
        current.ClientType == wanted.ClientType &&
        current.ConsentType == wanted.ConsentType &&
        current.DisplayName == wanted.DisplayName &&
        current.ClientSecret is null &&
        current.Permissions.SetEquals(wanted.Permissions) &&
        current.Requirements.SetEquals(wanted.Requirements) &&
        current.RedirectUris.SetEquals(wanted.RedirectUris) &&
        current.PostLogoutRedirectUris.SetEquals(wanted.PostLogoutRedirectUris);

    // A confidential client app that gets tokens with its id and secret.
    private static OpenIddictApplicationDescriptor Descriptor(string clientId, string displayName, string secret) => new()
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
