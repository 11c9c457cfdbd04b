using Finsam.Funding.Validation;
using Finsam.ServiceDefaults.Grpc;

namespace Finsam.Funding.Grpc;

// Resource names rooted in the tenant (AIP-122): federations/{federation}/...
public static class ResourceNames
{
    public static string Federation(string federationId) => $"federations/{federationId}";

    public static string Allocation(string federationId, int year) => $"federations/{federationId}/allocations/{year}";

    public static string Contributions(string federationId, int year) => $"federations/{federationId}/contributions/{year}";

    public static string? ParseFederation(string name, string field, FieldViolations violations)
    {
        var parts = name.Split('/');
        if (parts is ["federations", var id] && FederationValidator.IdPattern().IsMatch(id))
        {
            return id;
        }
        violations.Add(field, "Expected federations/{federation}.");
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
        violations.Add(field, $"Expected federations/{{federation}}/{collection}/{{year}}.");
        return null;
    }
}
