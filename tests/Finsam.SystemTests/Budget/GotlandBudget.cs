using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.SystemTests.Grants;
using Finsam.SystemTests.Infrastructure;
using BudgetMessage = Finsam.Contracts.Budget.V1.Budget;

namespace Finsam.SystemTests.Budget;

// Finsam Gotland's "Verksamhetsplan och budget 2026 med plan för 2027" (docs/federations/), entered
// through the gateway as its officer knows it: Region Gotland as a member that is both region and
// municipality, Försäkringskassan's preliminary figure for 2026 and the forecast for 2027, the
// interest, the board's grants and the money for new efforts, and the budget in Gotland's shape (two
// years, tkr, a row per member, its own groups in its own order, a goal naming 2027). What the plan's
// tables sum up is left to the system.
public static class GotlandBudget
{
    public const int FirstYear = 2026;
    public const int PlanYear = 2027;

    private const string ForIndividuals = "Insatser för individer";
    private const string Structural = "Strukturövergripande insatser";

    private static readonly PlannedEffort[] Granted =
    [
        new("gotlandslotsen", "Gotlandslotsen", EffortKind.Individual, ForIndividuals, "Region Gotland", "", "", "2024-11-29", "FG 2024/31", [(FirstYear, Tkr(1_540)), (PlanYear, Tkr(1_585))]),
        new("aktivitetshuset-visby", "Aktivitetshuset Visby", EffortKind.Individual, ForIndividuals, "Region Gotland", "", "", "2025-09-19", "FG 2025/22", [(FirstYear, Tkr(1_180)), (PlanYear, Tkr(1_215))]),
        new("unga-till-arbete", "Unga till arbete", EffortKind.Individual, ForIndividuals, "Arbetsförmedlingen", "", "", "2025-09-19", "FG 2025/23", [(FirstYear, Tkr(745))]),
        new("samverkansutbildning-gotland", "Samverkansutbildning Gotland", EffortKind.Structural, Structural, "Försäkringskassan", "", "", "2025-11-27", "FG 2025/29", [(FirstYear, Tkr(120)), (PlanYear, Tkr(80))]),
        new("behovsanalys-psykisk-ohalsa", "Behovsanalys psykisk ohälsa", EffortKind.Structural, Structural, "Finsam Gotland", "", "", "2025-11-27", "FG 2025/30", [(FirstYear, Tkr(60))]),
    ];

    private static long Tkr(long tkr) => tkr * 100_000;

    public static async Task<string> SetUpAsync(FinsamSystem system)
    {
        var id = Federations.NewId("gotland");
        var parent = $"federations/{id}";
        await system.Funding.CreateFederationAsync(new CreateFederationRequest
        {
            FederationId = id,
            Federation = new Federation
            {
                DisplayName = "Finsam Gotland",
                Members =
                {
                    new Member { MemberId = "forsakringskassan", Kind = MemberKind.Forsakringskassan, DisplayName = "Försäkringskassan" },
                    new Member { MemberId = "arbetsformedlingen", Kind = MemberKind.Arbetsformedlingen, DisplayName = "Arbetsförmedlingen" },
                    new Member { MemberId = "region-gotland", Kind = MemberKind.RegionAndMunicipality, DisplayName = "Region Gotland" },
                },
            },
        });
        // Försäkringskassan's preliminary figure for 2026, and what the federation counts on for 2027.
        foreach (var (year, tkr) in new[] { (FirstYear, 2_461L), (PlanYear, 2_520L) })
        {
            await system.Funding.CreateAllocationAsync(new CreateAllocationRequest
            {
                Parent = parent,
                Allocation = new Allocation { Year = year, StateAmountOre = Tkr(tkr), Status = AllocationStatus.Preliminary },
            });
        }
        foreach (var (year, tkr) in new[] { (FirstYear, 8L), (PlanYear, 6L) })
        {
            await system.Funding.CreateOtherIncomeAsync(new CreateOtherIncomeRequest
            {
                Parent = parent,
                OtherIncome = new OtherIncome { Year = year, Kind = OtherIncomeKind.Interest, AmountOre = Tkr(tkr), Note = "Ränteintäkter" },
            });
        }

        foreach (var effort in Granted)
        {
            await effort.EnterAsync(system.Grants, id);
        }
        foreach (var (year, tkr) in new[] { (FirstYear, 500L), (PlanYear, 1_330L) })
        {
            await system.Grants.SetReservationAsync(new SetReservationRequest
            {
                Reservation = new Reservation { Name = $"{parent}/reservations/{year}", AmountOre = Tkr(tkr), Label = "Medel för nya insatser" },
            });
        }

        await system.Budget.SetFinancialGoalsAsync(new SetFinancialGoalsRequest
        {
            FinancialGoals = new FinancialGoals
            {
                Name = $"{parent}/financialGoals",
                EquityBands = { new EquityBand { Year = PlanYear, MinEquityOre = Tkr(300), MaxEquityOre = Tkr(600) } },
                MinIndividualShareBasisPoints = 5_000,
                GroupShareCaps =
                {
                    new GroupShareCap { Label = "Kansli samt styrelse och revision", Groups = { "kansli", "styrelse-och-revision" }, MaxBasisPoints = 2_500 },
                },
            },
        });

        BudgetLine[] Lines(string label, long tkr2026, long tkr2027) =>
            [new() { Label = label, Year = FirstYear, AmountOre = Tkr(tkr2026) }, new() { Label = label, Year = PlanYear, AmountOre = Tkr(tkr2027) }];
        await system.Budget.CreateBudgetAsync(new CreateBudgetRequest
        {
            Parent = parent,
            Budget = new BudgetMessage
            {
                FirstYear = FirstYear,
                PlanYears = 2,
                CostGroups =
                {
                    new CostGroupInput
                    {
                        Key = "kansli", Label = "Kansli", Kind = CostGroupKind.Administration,
                        Lines =
                        {
                            Lines("Förbundschef", 812, 836), Lines("Ekonomi- och lönetjänster", 96, 99), Lines("Lokaler", 54, 55),
                            Lines("IT och kommunikation", 38, 40), Lines("Övriga kanslikostnader", 27, 28),
                        },
                    },
                    new CostGroupInput
                    {
                        Key = "insatser-for-individer", Label = ForIndividuals, Kind = CostGroupKind.Other,
                        Source = CostGroupSource.DecidedEfforts, EffortCostGroups = { ForIndividuals },
                    },
                    new CostGroupInput
                    {
                        Key = "strukturovergripande-insatser", Label = Structural, Kind = CostGroupKind.Other,
                        Source = CostGroupSource.DecidedEfforts, EffortCostGroups = { Structural },
                    },
                    new CostGroupInput { Key = "medel-for-nya-insatser", Label = "Medel för nya insatser", Kind = CostGroupKind.Other, Source = CostGroupSource.Reserved },
                    new CostGroupInput
                    {
                        Key = "styrelse-och-revision", Label = "Styrelse och revision", Kind = CostGroupKind.Board,
                        Lines = { Lines("Arvoden och ersättningar", 62, 64), Lines("Revision", 45, 47) },
                    },
                },
                IncomeRows = IncomeRows.PerMember,
                OpeningEquityOre = Tkr(1_164),
                Balance = { new[] { FirstYear, PlanYear }.Select(year => new BalanceEntries { Year = year, ShortTermLiabilitiesOre = Tkr(220) }) },
            },
        });

        var name = $"{parent}/budgets/{FirstYear}";
        await system.Budget.ProposeBudgetAsync(new ProposeBudgetRequest { Name = name });
        await system.Budget.AdoptBudgetAsync(new AdoptBudgetRequest { Name = name, AdoptedOn = "2025-11-27", ReferenceNumber = "FG 2025/27" });
        return id;
    }
}
