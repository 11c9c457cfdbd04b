namespace Finsam.Identity.Domain;

// A role a principal ("clients/x" or "people/y") holds: in one federation, or regionally
// (FederationId empty).
public sealed record RoleGrant(string Principal, AccessRole Role, string FederationId)
{
    public bool IsRegional => FederationId.Length == 0;
}
