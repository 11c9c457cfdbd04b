using Finsam.Contracts.Grants.V1;
using Grpc.Core;

namespace Finsam.Documents.Tests.Functional;

// Grants as documents sees it: a federation's efforts, on one page, the money decided for
// them (by default each year's cost lines; Decided names a different decided amount), and
// the one decision that decides it.
public sealed class GrantsStandIn(Neighbours neighbours) : GrantsService.GrantsServiceBase
{
    public override Task<ListEffortsResponse> ListEfforts(ListEffortsRequest request, ServerCallContext context)
    {
        var response = new ListEffortsResponse();
        response.Efforts.AddRange(neighbours.Efforts.GetValueOrDefault(request.Parent, []).Where(e => request.Year == 0 || e.CostLines.Any(l => l.Year == request.Year)));
        return Task.FromResult(response);
    }

    public override Task<EffortCosts> GetEffortCosts(GetEffortCostsRequest request, ServerCallContext context)
    {
        var costs = new EffortCosts();
        foreach (var effort in neighbours.Efforts.GetValueOrDefault(request.Parent, []))
        {
            for (var year = request.FirstYear; year <= request.LastYear; year++)
            {
                var lined = effort.CostLines.Where(l => l.Year == year).Sum(l => l.AmountOre);
                var amount = neighbours.Decided.TryGetValue((effort.Name, year), out var decided) ? decided : lined;
                if (lined == 0 && amount == 0)
                {
                    continue;
                }
                costs.Lines.Add(new EffortCostLine
                {
                    Effort = effort.Name,
                    EffortDisplayName = effort.DisplayName,
                    Kind = effort.Kind,
                    CostGroup = effort.CostGroup,
                    Year = year,
                    Description = effort.DisplayName,
                    AmountOre = amount,
                    Decision = $"{request.Parent}/decisions/1",
                });
            }
        }
        return Task.FromResult(costs);
    }

    public override Task<ListDecisionsResponse> ListDecisions(ListDecisionsRequest request, ServerCallContext context) =>
        Task.FromResult(new ListDecisionsResponse
        {
            Decisions = { new Decision { Name = $"{request.Parent}/decisions/1", DecidedOn = "2021-11-26", ReferenceNumber = "Dnr 2021/45" } },
        });

    // No follow-up entered: nobody counted.
    public override Task<ParticipantSummary> SummarizeParticipants(SummarizeParticipantsRequest request, ServerCallContext context) =>
        Task.FromResult(neighbours.Participants.GetValueOrDefault((request.Parent, request.Year)) ?? new ParticipantSummary { Year = request.Year, Total = new(), PreviousYearTotal = new() });
}
