using Finsam.Contracts.Grants.V1;

namespace Finsam.Grants.Tests.Functional;

// Efforts and calls as the grants tests need them.
public static class Efforts
{
    public static string Parent(string federationId) => $"federations/{federationId}";

    public static Effort Draft(string displayName, EffortKind kind = EffortKind.Individual, int year = 2022, long amountOre = 100, bool isPublic = false) => new()
    {
        DisplayName = displayName,
        Kind = kind,
        Public = isPublic,
        Municipality = "Sundsvall",
        CostLines = { new CostLine { Year = year, Description = displayName, AmountOre = amountOre } },
    };

    public static async Task<Effort> CreateAsync(this GrantsService.GrantsServiceClient grants, string federationId, string effortId, Effort effort) =>
        await grants.CreateEffortAsync(new CreateEffortRequest { Parent = Parent(federationId), EffortId = effortId, Effort = effort });

    public static async Task<Effort> CreateAsync(this GrantsService.GrantsServiceClient grants, string federationId, string effortId) =>
        await grants.CreateAsync(federationId, effortId, Draft(effortId));

    public static async Task<Effort> GetAsync(this GrantsService.GrantsServiceClient grants, string name) =>
        await grants.GetEffortAsync(new GetEffortRequest { Name = name });

    public static async Task<Effort> MoveAsync(this GrantsService.GrantsServiceClient grants, string name, EffortStatus status) =>
        await grants.TransitionEffortAsync(new TransitionEffortRequest { Name = name, Status = status });

    public static GrantedYear Grant(int year, long amountOre) => new() { Year = year, AmountOre = amountOre };

    // What the effort's cost lines ask for, year by year: what the board mostly grants.
    public static GrantedYear[] AsLined(Effort effort) =>
        [.. effort.CostLines.GroupBy(l => l.Year).OrderBy(g => g.Key).Select(g => Grant(g.Key, g.Sum(l => l.AmountOre)))];

    // The board's decision of 26 November 2021 granting the effort these years and amounts.
    public static async Task<Decision> DecideAsync(this GrantsService.GrantsServiceClient grants, string federationId, string effort, params GrantedYear[] granted) =>
        await grants.CreateDecisionAsync(new CreateDecisionRequest
        {
            Parent = Parent(federationId),
            Decision = new Decision { DecidedOn = "2021-11-26", ReferenceNumber = "Dnr 2021/45", Effort = effort, Granted = { granted } },
        });

    // Created, applied for, decided by the board as its cost lines ask, and granted (and running, if asked).
    public static async Task<Effort> GrantAsync(this GrantsService.GrantsServiceClient grants, string federationId, string effortId, Effort effort, bool running)
    {
        var created = await grants.CreateAsync(federationId, effortId, effort);
        await grants.MoveAsync(created.Name, EffortStatus.Applied);
        await grants.DecideAsync(federationId, created.Name, AsLined(created));
        var granted = await grants.MoveAsync(created.Name, EffortStatus.Granted);
        return running ? await grants.MoveAsync(created.Name, EffortStatus.Running) : granted;
    }

    public static async Task<IReadOnlyList<Effort>> ListAllAsync(this GrantsService.GrantsServiceClient grants, string federationId) =>
        (await grants.ListEffortsAsync(new ListEffortsRequest { Parent = Parent(federationId) })).Efforts;
}
