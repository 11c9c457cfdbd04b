using Finsam.Contracts.Funding.V1;

namespace Finsam.Web.Public;

// Every federation's display name by its id, as funding tells anyone.
public static class PublicFederationNames
{
    public static async Task<IReadOnlyDictionary<string, string>> ListAsync(PublicGateway gateway, CancellationToken ct)
    {
        var names = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var request = new ListPublicFederationsRequest { PageSize = 500 };
        do
        {
            var page = await gateway.Funding.ListPublicFederationsAsync(request, cancellationToken: ct);
            foreach (var federation in page.Federations)
            {
                names[federation.Name["federations/".Length..]] = federation.DisplayName;
            }
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);
        return names;
    }

    // An effort's federation id, from its name "federations/{federation}/efforts/{effort}".
    public static string FederationOf(string effortName) => effortName.Split('/') is [_, var federation, ..] ? federation : "";

    public static string EffortIdOf(string effortName) => effortName.Split('/')[^1];
}
