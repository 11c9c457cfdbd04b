using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Finsam.ServiceDefaults.Security;

public sealed class ExternalRoleMappingOptions
{
    // With an external OpenID Connect provider: which of its claims give which Finsam
    // role, e.g. { ClaimType: "groups", ClaimValue: "finsam-sundsvall-editors", Grant: "editor:sundsvall" }.
    public List<RoleMapping> RoleMappings { get; set; } = [];
}

public sealed class RoleMapping
{
    public string ClaimType { get; set; } = "";

    public string ClaimValue { get; set; } = "";

    // "regional-administrator" or "{editor|reader|auditor}:{federation}".
    public string Grant { get; set; } = "";
}

// Adds Finsam's role claims to a token from another provider, as configured.
internal sealed class ExternalRoleMapping(IOptions<ExternalRoleMappingOptions> options) : IClaimsTransformation
{
    public Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        var mappings = options.Value.RoleMappings;
        if (mappings.Count == 0 || principal.Identity is not ClaimsIdentity { IsAuthenticated: true } identity)
        {
            return Task.FromResult(principal);
        }

        foreach (var mapping in mappings.Where(m => principal.HasClaim(m.ClaimType, m.ClaimValue)))
        {
            if (!principal.HasClaim(FinsamRoles.GrantClaimType, mapping.Grant))
            {
                identity.AddClaim(new Claim(FinsamRoles.GrantClaimType, mapping.Grant));
            }
        }
        return Task.FromResult(principal);
    }
}
