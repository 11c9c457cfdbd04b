using Finsam.Identity.Data;
using Finsam.Identity.Domain;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Resources;
using Contract = Finsam.Contracts.Identity.V1;

namespace Finsam.Identity.Validation;

// Each request's fields, checked before anything is read or asked of another service.
public static class AccessRequestValidator
{
    public const int MinPasswordLength = 12;

    // OpenID Connect allows a subject of up to 255 ASCII characters.
    public const int MaxExternalSubjectLength = 255;

    public static void Validate(Contract.CreateClientRequest request)
    {
        var violations = new FieldViolations();
        ResourceId.Validate(request.ClientId, "client_id", violations);
        DisplayName(request.Client?.DisplayName, "client.display_name", violations);
        violations.ThrowIfAny();
    }

    public static void Validate(Contract.CreatePersonRequest request)
    {
        var violations = new FieldViolations();
        ResourceId.Validate(request.Username, "username", violations);
        DisplayName(request.Person?.DisplayName, "person.display_name", violations);
        violations.AddWhen(request.Password.Length < MinPasswordLength, "password", ViolationReason.TooShort, $"At least {MinPasswordLength} characters.");
        ExternalSubject(request.Person?.ExternalSubject ?? "", "person.external_subject", violations);
        violations.ThrowIfAny();
    }

    // A grant to give or revoke: a client's or a person's, a role, and where it is held (RoleScope).
    public static GrantRequest Validate(Contract.RoleGrant? grant)
    {
        if (grant is null)
        {
            FieldViolations.Throw("grant", ViolationReason.Required, "Required.");
        }
        var violations = new FieldViolations();
        var client = IdentityNames.Client.Match(grant!.Principal);
        var person = client is null ? IdentityNames.Person.Match(grant.Principal) : null;
        violations.AddWhen(client is null && person is null, "grant.principal",
            grant.Principal.Length == 0 ? ViolationReason.Required : ViolationReason.InvalidFormat,
            $"Expected {IdentityNames.Client.Expected} or {IdentityNames.Person.Expected}.");
        var role = AccessMapping.RoleOf(grant.Role);
        violations.AddWhen(role is null, "grant.role", ViolationReason.Required, "Give the role: regional administrator, editor, reader or auditor.");
        var federationId = role is { } held ? Federation(grant.Federation, held, violations) : "";
        violations.ThrowIfAny();

        var principal = client is not null ? new Principal(PrincipalKind.Client, client["client"]) : new Principal(PrincipalKind.Person, person!["person"]);
        return new GrantRequest(new RoleGrant(grant.Principal, role!.Value, federationId), principal);
    }

    // The federation's id; empty for a regional role.
    private static string Federation(string name, AccessRole role, FieldViolations violations)
    {
        if (RoleScope.WhyNot(role, inAFederation: name.Length > 0) is { } whyNot)
        {
            violations.Add("grant.federation", name.Length > 0 ? ViolationReason.NotAllowed : ViolationReason.Required, whyNot);
            return "";
        }
        return RoleScope.IsRegional(role) ? "" : IdentityNames.Federation.Parse(name, "grant.federation", violations)?.Federation ?? "";
    }

    // Empty (not linked), or the subject exactly as the provider sends it.
    private static void ExternalSubject(string subject, string field, FieldViolations violations)
    {
        violations.AddWhen(subject.Length > MaxExternalSubjectLength, field, ViolationReason.TooLong, $"At most {MaxExternalSubjectLength} characters.");
        violations.AddWhen(subject.Length <= MaxExternalSubjectLength && subject.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)), field,
            ViolationReason.InvalidCharacter, "A subject has no spaces or control characters.");
    }

    private static void DisplayName(string? displayName, string field, FieldViolations violations) =>
        violations.AddWhen(string.IsNullOrWhiteSpace(displayName), field, ViolationReason.Required, "Required.");
}
