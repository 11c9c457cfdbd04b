using Finsam.Identity.Domain;
using Finsam.ServiceDefaults.Security;
using Google.Protobuf.WellKnownTypes;
using Contract = Finsam.Contracts.Identity.V1;

namespace Finsam.Identity.Data;

// Roles, grants and people as the contract shows them, as they are stored, and as tokens
// name the roles (the stored names are the tokens' names: FinsamRoles).
public static class AccessMapping
{
    public static Contract.RoleGrant ToContract(RoleGrant grant) => new()
    {
        Principal = grant.Principal,
        Role = ToContract(grant.Role),
        Federation = grant.IsRegional ? "" : IdentityNames.Federation.Format(grant.FederationId),
    };

    public static Contract.Role ToContract(AccessRole role) => role switch
    {
        AccessRole.RegionalAdministrator => Contract.Role.RegionalAdministrator,
        AccessRole.Editor => Contract.Role.Editor,
        AccessRole.Reader => Contract.Role.Reader,
        AccessRole.Auditor => Contract.Role.Auditor,
        _ => Contract.Role.Unspecified,
    };

    // Null for no role (unspecified, or a number the contract does not define).
    public static AccessRole? RoleOf(Contract.Role role) => role switch
    {
        Contract.Role.RegionalAdministrator => AccessRole.RegionalAdministrator,
        Contract.Role.Editor => AccessRole.Editor,
        Contract.Role.Reader => AccessRole.Reader,
        Contract.Role.Auditor => AccessRole.Auditor,
        _ => null,
    };

    public static string NameOf(AccessRole role) => role switch
    {
        AccessRole.RegionalAdministrator => FinsamRoles.RegionalAdministrator,
        AccessRole.Editor => FinsamRoles.Editor,
        AccessRole.Reader => FinsamRoles.Reader,
        AccessRole.Auditor => FinsamRoles.Auditor,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    // Null for a name that is no role.
    public static AccessRole? RoleNamed(string name) => name switch
    {
        FinsamRoles.RegionalAdministrator => AccessRole.RegionalAdministrator,
        FinsamRoles.Editor => AccessRole.Editor,
        FinsamRoles.Reader => AccessRole.Reader,
        FinsamRoles.Auditor => AccessRole.Auditor,
        _ => null,
    };

    public static Contract.Person ToContract(PersonEntity person) => new()
    {
        Name = IdentityNames.Person.Format(person.Username),
        DisplayName = person.DisplayName,
        CreateTime = Timestamp.FromDateTimeOffset(person.CreateTime),
        ExternalSubject = person.ExternalSubject ?? "",
    };

    internal static RoleGrantEntity ToEntity(RoleGrant grant) => new()
    {
        Principal = grant.Principal,
        Role = NameOf(grant.Role),
        Federation = grant.FederationId,
    };

    // A stored grant whose role is no longer one is left out by the caller.
    internal static RoleGrant? ToDomain(RoleGrantEntity entity) =>
        RoleNamed(entity.Role) is { } role ? new RoleGrant(entity.Principal, role, entity.Federation) : null;
}
