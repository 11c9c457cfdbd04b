using System.Security.Claims;

namespace Finsam.ServiceDefaults.Security;

// Who is calling and what they may do, read from the token's claims.
public sealed class FinsamCaller
{
    private readonly HashSet<string> _grants;

    private FinsamCaller(string subject, IEnumerable<string> grants)
    {
        Subject = subject;
        _grants = grants.ToHashSet(StringComparer.Ordinal);
    }

    public string Subject { get; }

    public bool IsRegionalAdministrator => _grants.Contains(FinsamRoles.RegionalAdministrator);

    public static FinsamCaller? From(ClaimsPrincipal user) =>
        user.Identity is { IsAuthenticated: true }
            ? new FinsamCaller(
                user.FindFirst("sub")?.Value ?? user.Identity.Name ?? "unknown",
                user.FindAll(FinsamRoles.GrantClaimType).Select(c => c.Value))
            : null;

    public bool Has(string role, string federationId) => _grants.Contains(FinsamRoles.Grant(role, federationId));

    public bool Can(Access access, string federationId) => IsRegionalAdministrator || access switch
    {
        Access.Anonymous or Access.SignedIn => true,
        Access.Read => FinsamRoles.FederationRoles.Any(role => Has(role, federationId)),
        Access.Write => Has(FinsamRoles.Editor, federationId),
        Access.Audit => Has(FinsamRoles.Auditor, federationId),
        _ => false,
    };

    // The federations this caller may read; every one for a regional administrator (null).
    public IReadOnlySet<string>? ReadableFederations => IsRegionalAdministrator
        ? null
        : _grants.Where(g => g.Contains(':')).Select(g => g[(g.IndexOf(':') + 1)..]).ToHashSet(StringComparer.Ordinal);
}
