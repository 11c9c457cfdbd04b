namespace Finsam.Identity.Domain;

// Where a role is held. A regional administrator's role covers every federation and names
// none; an editor, a reader or an auditor holds the role in one federation and names it.
// Who grants is not a rule here: only regional administrators may grant or revoke (the
// contract's ADMINISTER level, checked before a handler runs), any role in any federation.
public static class RoleScope
{
    public static bool IsRegional(AccessRole role) => role == AccessRole.RegionalAdministrator;

    // Null when the role may be held so; otherwise why not.
    public static string? WhyNot(AccessRole role, bool inAFederation) => (IsRegional(role), inAFederation) switch
    {
        (true, true) => "A regional administrator's role covers every federation: leave it empty.",
        (false, false) => $"The {Name(role)} role is held in one federation: name it as federations/{{federation}}.",
        _ => null,
    };

    private static string Name(AccessRole role) => role switch
    {
        AccessRole.RegionalAdministrator => "regional administrator",
        AccessRole.Editor => "editor",
        AccessRole.Reader => "reader",
        _ => "auditor",
    };
}
