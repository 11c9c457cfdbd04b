using Finsam.Grants.Data;
using Finsam.Grants.Domain.Participation;
using Finsam.Grants.Validation;
using Finsam.ServiceKit.Grpc;
using Grpc.Core;
using Contract = Finsam.Contracts.Grants.V1;

namespace Finsam.Grants.Grpc;

public sealed partial class GrantsService
{
    // Insatskatalogen: for anyone, across every federation.
    public override async Task<Contract.SearchCatalogueResponse> SearchCatalogue(Contract.SearchCatalogueRequest request, ServerCallContext context)
    {
        var search = CatalogueRequests.Validate(request);
        var filter = new CatalogueFilter(search.Query, search.TargetGroup, search.Municipality, search.FederationId, search.Kind);
        var page = await catalogue.SearchAsync(filter, search.After, search.PageSize, context.CancellationToken);

        var response = new Contract.SearchCatalogueResponse { NextPageToken = page.NextPageToken };
        response.Entries.AddRange(page.Items.Select(e => e.ToCatalogueEntry()));
        return response;
    }

    public override async Task<Contract.CatalogueEntry> GetCatalogueEntry(Contract.GetCatalogueEntryRequest request, ServerCallContext context)
    {
        var (federationId, effortId) = CatalogueRequests.Validate(request);
        var effort = await catalogue.FindAsync(federationId, effortId, context.CancellationToken)
            ?? throw GrpcErrors.NotFound(request.Effort);
        var entry = effort.ToCatalogueEntry();
        // Public: small counts masked so that none can be worked out from the totals.
        if (await followUps.LatestParticipantsAsync(federationId, effortId, context.CancellationToken) is { } latest)
        {
            entry.ParticipantsYear = latest.Year;
            entry.Participants.AddRange(PublicParticipants.Of(latest.Participants.ToDomain()).ToPublic());
        }
        return entry;
    }
}
