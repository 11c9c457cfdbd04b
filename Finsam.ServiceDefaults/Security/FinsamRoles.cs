namespace Finsam.ServiceDefaults.Security;

// Roles travel in the access token as "finsam_grant" claims: "regional-administrator",
// or "{role}:{federation}" for a role in one federation.
public static class FinsamRoles
{
    public const string GrantClaimType = "finsam_grant";

    public const string RegionalAdministrator = "regional-administrator";
    public const string Editor = "editor";
    public const string Reader = "reader";
    public const string Auditor = "auditor";

    public static readonly IReadOnlyList<string> FederationRoles = [Editor, Reader, Auditor];

    public static string Grant(string role, string federationId) => $"{role}:{federationId}";
}
