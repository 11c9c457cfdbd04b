using Finsam.Contracts.Grants.V1;
using Grpc.Core;

namespace Finsam.Documents.Tests.Functional;

// Grants as documents sees it: a federation's efforts, on one page.
public sealed class GrantsStandIn(Neighbours neighbours) : GrantsService.GrantsServiceBase
{
    public override Task<ListEffortsResponse> ListEfforts(ListEffortsRequest request, ServerCallContext context)
    {
        var response = new ListEffortsResponse();
        response.Efforts.AddRange(neighbours.Efforts.GetValueOrDefault(request.Parent, []).Where(e => request.Year == 0 || e.CostLines.Any(l => l.Year == request.Year)));
        return Task.FromResult(response);
    }
}
