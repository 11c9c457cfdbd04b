using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.SystemTests.Grants;
using Finsam.SystemTests.Infrastructure;
using BudgetMessage = Finsam.Contracts.Budget.V1.Budget;

namespace Finsam.SystemTests.Budget;

// Samordningsförbundet Norrvik's "Verksamhetsplan och budget 2026" (docs/federations/), entered
// through the gateway as its officer knows it: the members and their populations, Försäkringskassan's
// decision, the other income, the board's grants and the unallocated money, and the budget in
// Norrvik's shape (one year, kronor, efforts and unallocated money in one group, a subtotal over the
// effort costs, the administration last, contributions on one row, costs printed negative). What the
// plan's tables sum up is left to the system.
public static class NorrvikBudget
{
    public const int Year = 2026;

    private const string Efforts = "Insatser";

    private static readonly PlannedEffort[] Granted =
    [
        new("steget-vidare", "Steget vidare", EffortKind.Individual, Efforts, "Norrviks kommun", "2025-01-01", "2027-12-31", "2024-11-22", "2024/31", [(Year, Kronor(1_480_000))]),
        new("arbetslivsteamet", "Arbetslivsteamet", EffortKind.Individual, Efforts, "Arbetsförmedlingen", "2024-01-01", "2026-12-31", "2023-11-24", "2023/29", [(Year, Kronor(1_250_000))]),
        new("halsoskolan", "Hälsoskolan", EffortKind.Individual, Efforts, "Region Mellannorr", "2026-01-01", "2027-12-31", "2025-11-26", "2025/35", [(Year, Kronor(386_000))]),
        new("samverkansutbildning", "Samverkansutbildning för handläggare", EffortKind.Structural, Efforts, "Samordningsförbundet Norrvik", "2026-01-01", "2026-12-31", "2025-11-26", "2025/36", [(Year, Kronor(94_000))]),
    ];

    private static long Kronor(long kronor) => kronor * 100;

    public static async Task<string> SetUpAsync(FinsamSystem system)
    {
        var id = Federations.NewId("norrvik");
        var parent = $"federations/{id}";
        await system.Funding.CreateFederationAsync(new CreateFederationRequest
        {
            FederationId = id,
            Federation = new Federation
            {
                DisplayName = "Samordningsförbundet Norrvik",
                // 9 § förbundsordningen: the municipalities' quarter by population on 31 December 2024.
                MunicipalShareBasis = ShareBasis.Population,
                Members =
                {
                    new Member { MemberId = "forsakringskassan", Kind = MemberKind.Forsakringskassan, DisplayName = "Försäkringskassan" },
                    new Member { MemberId = "arbetsformedlingen", Kind = MemberKind.Arbetsformedlingen, DisplayName = "Arbetsförmedlingen" },
                    new Member { MemberId = "region-mellannorr", Kind = MemberKind.Region, DisplayName = "Region Mellannorr" },
                    new Member { MemberId = "norrviks-kommun", Kind = MemberKind.Municipality, DisplayName = "Norrviks kommun", Population = 34_612 },
                    new Member { MemberId = "bergsjoa-kommun", Kind = MemberKind.Municipality, DisplayName = "Bergsjöå kommun", Population = 11_329 },
                    new Member { MemberId = "lillfors-kommun", Kind = MemberKind.Municipality, DisplayName = "Lillfors kommun", Population = 7_809 },
                },
            },
        });
        await system.Funding.CreateAllocationAsync(new CreateAllocationRequest
        {
            Parent = parent,
            Allocation = new Allocation { Year = Year, StateAmountOre = Kronor(2_150_000), Status = AllocationStatus.Decided },
        });
        await system.Funding.CreateOtherIncomeAsync(new CreateOtherIncomeRequest
        {
            Parent = parent,
            OtherIncome = new OtherIncome { Year = Year, Kind = OtherIncomeKind.ProjectGrant, AmountOre = Kronor(85_000), Note = "Projektbidrag" },
        });
        await system.Funding.CreateOtherIncomeAsync(new CreateOtherIncomeRequest
        {
            Parent = parent,
            OtherIncome = new OtherIncome { Year = Year, Kind = OtherIncomeKind.Interest, AmountOre = Kronor(12_000), Note = "Ränteintäkter" },
        });

        foreach (var effort in Granted)
        {
            await effort.EnterAsync(system.Grants, id);
        }
        await system.Grants.SetReservationAsync(new SetReservationRequest
        {
            Reservation = new Reservation { Name = $"{parent}/reservations/{Year}", AmountOre = Kronor(340_000), Label = "Ej fördelade medel" },
        });

        await system.Budget.SetFinancialGoalsAsync(new SetFinancialGoalsRequest
        {
            FinancialGoals = new FinancialGoals
            {
                Name = $"{parent}/financialGoals",
                // Equity "mellan 10 och 20 procent av årets medlemsbidrag".
                MinEquityShareBasisPoints = 1_000,
                MaxEquityShareBasisPoints = 2_000,
                MinIndividualShareBasisPoints = 6_000,
                GroupShareCaps = { new GroupShareCap { Label = "Förbundets administration", Groups = { "administration" }, MaxBasisPoints = 2_000 } },
            },
        });

        BudgetLine Line(string label, long kronor) => new() { Label = label, Year = Year, AmountOre = Kronor(kronor) };
        await system.Budget.CreateBudgetAsync(new CreateBudgetRequest
        {
            Parent = parent,
            Budget = new BudgetMessage
            {
                FirstYear = Year,
                PlanYears = 1,
                CostGroups =
                {
                    new CostGroupInput { Key = "insatser", Label = "Insatser", Kind = CostGroupKind.Other, Source = CostGroupSource.DecidedAndReserved },
                    new CostGroupInput
                    {
                        Key = "gemensamma-aktiviteter", Label = "Gemensamma aktiviteter", Kind = CostGroupKind.Other,
                        Lines = { Line("Gemensamma kompetensdagar", 120_000), Line("Utvärdering och uppföljning", 60_000) },
                    },
                    new CostGroupInput
                    {
                        Key = "administration", Label = "Förbundets administration", Kind = CostGroupKind.Administration,
                        Lines =
                        {
                            Line("Förbundschef", 538_000), Line("Styrelsearvoden", 64_000), Line("Revision", 48_000),
                            Line("Ekonomi- och lönetjänster", 72_000), Line("Lokaler", 36_000), Line("IT och telefoni", 22_000),
                            Line("Kommunikation och webb", 18_000), Line("Resor och utbildning", 21_000), Line("Bankavgifter", 5_000),
                        },
                    },
                },
                Subtotals =
                {
                    new Subtotal { Key = "insatskostnader", Label = "Summa insatskostnader", Groups = { "insatser", "gemensamma-aktiviteter" }, After = "gemensamma-aktiviteter" },
                },
                IncomeRows = IncomeRows.ContributionsTotal,
                ContributionsLabel = "Medlemsbidrag",
                CostsAsNegative = true,
                OpeningEquityOre = Kronor(742_000),
                Balance = { new BalanceEntries { Year = Year, ShortTermLiabilitiesOre = Kronor(240_000) } },
            },
        });

        var name = $"{parent}/budgets/{Year}";
        await system.Budget.ProposeBudgetAsync(new ProposeBudgetRequest { Name = name });
        await system.Budget.AdoptBudgetAsync(new AdoptBudgetRequest { Name = name, AdoptedOn = "2025-11-26", ReferenceNumber = "2025/38" });
        return id;
    }
}
