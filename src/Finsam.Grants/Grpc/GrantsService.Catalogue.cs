using Finsam.Grants.Validation;
using Grpc.Core;
using Contract = Finsam.Contracts.Grants.V1;

namespace Finsam.Grants.Grpc;

public sealed partial class GrantsService
{
    // Insatskatalogen: for anyone, across every federation.
    public override async Task<Contract.SearchCatalogueResponse> SearchCatalogue(Contract.SearchCatalogueRequest request, ServerCallContext context)
    {
        var search = CatalogueRequests.Validate(request);
        var page = await catalogue.SearchAsync(search.Query, search.TargetGroup, search.Municipality, search.After, search.PageSize, context.CancellationToken);

        var response = new Contract.SearchCatalogueResponse { NextPageToken = page.NextPageToken };
        response.Entries.AddRange(page.Items.Select(e => e.ToCatalogueEntry()));
        return response;
    }
}
