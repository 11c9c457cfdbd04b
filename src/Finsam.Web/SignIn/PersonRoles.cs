using System.Security.Claims;
using Finsam.ServiceDefaults.Security;

namespace Finsam.Web.SignIn;

// What the signed-in person may do, as their token's roles say (FinsamRoles' grants): what the app shows and
// offers. The services decide again on every call.
public sealed class PersonRoles
{
    private readonly ILookup<string, string> _rolesByFederation;

    public PersonRoles(ClaimsPrincipal person)
    {
        var grants = person.FindAll(SignInClaims.Grant).Select(claim => claim.Value).ToList();
        IsRegionalAdministrator = grants.Contains(FinsamRoles.RegionalAdministrator);
        _rolesByFederation = grants
            .Select(grant => grant.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .ToLookup(parts => parts[1], parts => parts[0], StringComparer.Ordinal);
        DisplayName = person.FindFirst(SignInClaims.Name)?.Value ?? person.FindFirst(SignInClaims.Subject)?.Value ?? "";
    }

    public string DisplayName { get; }

    public bool IsRegionalAdministrator { get; }

    public bool MayRead(string federationId) => IsRegionalAdministrator || _rolesByFederation[federationId].Any();

    public bool MayEdit(string federationId) => IsRegionalAdministrator || _rolesByFederation[federationId].Contains(FinsamRoles.Editor);

    public bool MayAudit(string federationId) => IsRegionalAdministrator || _rolesByFederation[federationId].Contains(FinsamRoles.Auditor);
}
