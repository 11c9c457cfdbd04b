using Finsam.Funding.Validation;
using Finsam.ServiceKit.Grpc;

namespace Finsam.Funding.Grpc;

// Resource names rooted in the tenant (AIP-122): federations/{federation}/...
public static partial class ResourceNames
{
    public static string Federation(string federationId) => $"federations/{federationId}";

    public static string Allocation(string federationId, int year) => $"federations/{federationId}/allocations/{year}";

    public static string Contributions(string federationId, int year) => $"federations/{federationId}/contributions/{year}";

    public static string Announcement(string federationId, int year, int sequence) => $"{Allocation(federationId, year)}/announcements/{sequence}";

    public static string Commitment(string federationId, int year, string memberId) => $"{Allocation(federationId, year)}/commitments/{memberId}";

    public static string OtherIncome(string federationId, string id) => $"federations/{federationId}/otherIncome/{id}";

    public static string InstalmentPlan(string federationId, int year) => $"federations/{federationId}/instalmentPlans/{year}";

    public static string Invoice(string federationId, string id) => $"federations/{federationId}/invoices/{id}";

    public static string Payment(string federationId, string invoiceId, string id) => $"{Invoice(federationId, invoiceId)}/payments/{id}";

    public static string Outstanding(string federationId, int year) => $"federations/{federationId}/outstanding/{year}";

    // federations/{federation}/{collection}/{id}
    public static (string FederationId, string Id)? ParseChild(string name, string collection, string field, FieldViolations violations)
    {
        var parts = name.Split('/');
        if (parts.Length == 4 && parts[0] == "federations" && FederationValidator.IdPattern().IsMatch(parts[1])
            && parts[2] == collection && ChildIdPattern().IsMatch(parts[3]))
        {
            return (parts[1], parts[3]);
        }
        violations.Add(field, ViolationReason.InvalidFormat, $"Expected federations/{{federation}}/{collection}/{{id}}.");
        return null;
    }

    // federations/{federation}/allocations/{year}/commitments/{member}
    public static (string FederationId, int Year, string MemberId)? ParseCommitment(string name, string field, FieldViolations violations)
    {
        var parts = name.Split('/');
        if (parts.Length == 6 && parts[4] == "commitments" && FederationValidator.IdPattern().IsMatch(parts[5])
            && ParseYearChild(string.Join('/', parts[..4]), "allocations", field, new FieldViolations()) is { } allocation)
        {
            return (allocation.FederationId, allocation.Year, parts[5]);
        }
        violations.Add(field, ViolationReason.InvalidFormat, "Expected federations/{federation}/allocations/{year}/commitments/{member_id}.");
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9][a-z0-9-]{0,99}$")]
    private static partial System.Text.RegularExpressions.Regex ChildIdPattern();

    public static string? ParseFederation(string name, string field, FieldViolations violations)
    {
        var parts = name.Split('/');
        if (parts is ["federations", var id] && FederationValidator.IdPattern().IsMatch(id))
        {
            return id;
        }
        violations.Add(field, ViolationReason.InvalidFormat, "Expected federations/{federation}.");
        return null;
    }

    // federations/{federation}/{collection}/{year}
    public static (string FederationId, int Year)? ParseYearChild(string name, string collection, string field, FieldViolations violations)
    {
        var parts = name.Split('/');
        if (parts.Length == 4 && parts[0] == "federations" && FederationValidator.IdPattern().IsMatch(parts[1])
            && parts[2] == collection && int.TryParse(parts[3], System.Globalization.NumberStyles.None, null, out var year))
        {
            return (parts[1], year);
        }
        violations.Add(field, ViolationReason.InvalidFormat, $"Expected federations/{{federation}}/{collection}/{{year}}.");
        return null;
    }
}
