using Finsam.Contracts.Grants.V1;

namespace Finsam.SystemTests.Grants;

// An effort taken the whole way: created, applied for, decided by the board as its cost lines
// ask (each year's lines' sum, as the reference's board did), granted. The decision is the
// reference's unless its date and diarienummer are given.
public static class GrantedEfforts
{
    public static async Task<Effort> CreateAsync(
        GrantsService.GrantsServiceClient grants, string federationId, string effortId, Effort effort, bool running,
        string decidedOn = "2021-11-26", string referenceNumber = "Dnr 2021/45")
    {
        var created = await grants.CreateEffortAsync(new CreateEffortRequest { Parent = $"federations/{federationId}", EffortId = effortId, Effort = effort });
        await grants.TransitionEffortAsync(new TransitionEffortRequest { Name = created.Name, Status = EffortStatus.Applied });
        await grants.CreateDecisionAsync(new CreateDecisionRequest
        {
            Parent = $"federations/{federationId}",
            Decision = new Decision { DecidedOn = decidedOn, ReferenceNumber = referenceNumber, Effort = created.Name, Granted = { AsLined(created) } },
        });
        var granted = await grants.TransitionEffortAsync(new TransitionEffortRequest { Name = created.Name, Status = EffortStatus.Granted });
        return running
            ? await grants.TransitionEffortAsync(new TransitionEffortRequest { Name = created.Name, Status = EffortStatus.Running })
            : granted;
    }

    public static IEnumerable<GrantedYear> AsLined(Effort effort) =>
        effort.CostLines.GroupBy(l => l.Year).OrderBy(g => g.Key).Select(g => new GrantedYear { Year = g.Key, AmountOre = g.Sum(l => l.AmountOre) });
}
