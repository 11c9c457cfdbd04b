namespace Finsam.Identity.Data;

// A role a principal ("clients/x" or "people/y") holds, in one federation or regionally.
public sealed class RoleGrantEntity
{
    public required string Principal { get; init; }

    // "regional-administrator", "editor", "reader" or "auditor".
    public required string Role { get; init; }

    // The federation id; empty for a regional administrator.
    public required string Federation { get; init; }
}
