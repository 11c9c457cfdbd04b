using Finsam.Contracts.Funding.V1;
using Finsam.Web.Components.Shared;

namespace Finsam.Web.Components.Regional;

// Every federation the caller may see, by id, under the name people know it by; a regional
// administrator's list holds them all. Read page by page.
public static class FederationNames
{
    public static async Task<Dictionary<string, string>> ReadAsync(FundingService.FundingServiceClient funding, CancellationToken ct = default)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var page = "";
        do
        {
            var answer = await funding.ListFederationsAsync(new ListFederationsRequest { PageSize = 100, PageToken = page }, cancellationToken: ct);
            foreach (var federation in answer.Federations)
            {
                names[FederationLinks.IdOf(federation)] = federation.DisplayName;
            }
            page = answer.NextPageToken;
        }
        while (page.Length > 0);
        return names;
    }
}
