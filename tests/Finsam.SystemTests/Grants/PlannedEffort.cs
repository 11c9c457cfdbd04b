using Finsam.Contracts.Grants.V1;

namespace Finsam.SystemTests.Grants;

// An effort as a federation's plan lists it among its granted efforts: what it is, who runs it
// (huvudman), when (empty where the plan gives no period), and the board's decision (date,
// diarienummer) with what it granted each year.
public sealed record PlannedEffort(
    string Id,
    string Name,
    EffortKind Kind,
    string CostGroup,
    string Owner,
    string StartOn,
    string EndOn,
    string DecidedOn,
    string ReferenceNumber,
    IReadOnlyList<(int Year, long AmountOre)> Granted)
{
    // As the officer enters it: the effort with a cost line for each granted year under its own
    // name (a decided effort's lines are what the budget shows), the decision, granted.
    public Task<Effort> EnterAsync(GrantsService.GrantsServiceClient grants, string federationId) =>
        GrantedEfforts.CreateAsync(grants, federationId, Id, new Effort
        {
            DisplayName = Name,
            Kind = Kind,
            CostGroup = CostGroup,
            Owner = Owner,
            StartOn = StartOn,
            EndOn = EndOn,
            CostLines = { Granted.Select(g => new CostLine { Year = g.Year, Description = Name, AmountOre = g.AmountOre }) },
        }, running: false, DecidedOn, ReferenceNumber);
}
