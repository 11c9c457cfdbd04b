using Finsam.ServiceDefaults.Security;

namespace Finsam.FunctionalTesting.Security;

// Who calls the service in a test: the token's subject and the roles it carries, as the
// identity service issues them ("finsam_grant" claims), or nobody signed in at all.
public sealed record Caller(string Subject, IReadOnlyList<string> Grants, bool SignedIn = true)
{
    // Someone who has not signed in: no token is sent.
    public static Caller Anonymous { get; } = new("anonymous", [], SignedIn: false);

    // Signed in, with no role anywhere.
    public static Caller WithoutRoles { get; } = new("people/utan-roller", []);

    // The region's administrators: every federation, federations themselves, people and roles.
    public static Caller RegionalAdministrator { get; } = new("clients/finsam-admin", [FinsamRoles.RegionalAdministrator]);

    // A federation's officer (tjänsteperson), who keeps its figures: reads and changes them.
    public static Caller EditorOf(string federationId) => InFederation(FinsamRoles.Editor, federationId);

    // A board member or member organisation: reads, changes nothing.
    public static Caller ReaderOf(string federationId) => InFederation(FinsamRoles.Reader, federationId);

    // The federation's auditor (revisor): reads everything, the audit trail included.
    public static Caller AuditorOf(string federationId) => InFederation(FinsamRoles.Auditor, federationId);

    private static Caller InFederation(string role, string federationId) =>
        new($"people/{role}-{federationId}", [FinsamRoles.Grant(role, federationId)]);
}
