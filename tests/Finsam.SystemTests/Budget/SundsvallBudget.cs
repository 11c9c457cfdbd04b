using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.SystemTests.Grants;
using Finsam.SystemTests.Infrastructure;
using GrantsCostLine = Finsam.Contracts.Grants.V1.CostLine;

namespace Finsam.SystemTests.Budget;

// Sundsvall's "Verksamhetsplan och budget 2022" entered through the gateway: funding and grants
// hold what they own, the budget holds what the federation enters.
public static class SundsvallBudget
{
    private static long Tkr(decimal tkr) => (long)(tkr * 100_000);

    public static async Task<string> SetUpAsync(FinsamSystem system)
    {
        var id = Federations.NewId("sundsvall");
        var parent = $"federations/{id}";
        await system.Funding.CreateFederationAsync(new CreateFederationRequest { FederationId = id, Federation = Federations.Sundsvall() });
        foreach (var year in new[] { 2022, 2023, 2024 })
        {
            await system.Funding.CreateAllocationAsync(new CreateAllocationRequest
            {
                Parent = parent,
                Allocation = new Allocation { Year = year, StateAmountOre = Federations.Sundsvall2022StateOre, Status = AllocationStatus.Decided },
            });
        }

        foreach (var effort in SundsvallEfforts.Of2022)
        {
            var lines = new List<GrantsCostLine> { new() { Year = 2022, Description = effort.Line, AmountOre = effort.Kronor * 100 } };
            if (effort.Id == "utvecklingsledare")
            {
                lines.Add(new GrantsCostLine { Year = 2023, Description = effort.Line, AmountOre = Tkr(660) });
            }
            await GrantedEfforts.CreateAsync(system.Grants, id, effort.Id, new Effort
            {
                DisplayName = effort.Name,
                Kind = effort.Kind,
                CostGroup = effort.Group,
                CostLines = { lines },
            }, running: true);
        }
        await system.Grants.SetReservationAsync(new SetReservationRequest { Reservation = new Reservation { Name = $"{parent}/reservations/2023", AmountOre = Tkr(5_558), Label = "Nya aktiviteter/insatser" } });
        await system.Grants.SetReservationAsync(new SetReservationRequest { Reservation = new Reservation { Name = $"{parent}/reservations/2024", AmountOre = Tkr(6_188), Label = "Nya aktiviteter/insatser" } });

        await system.Budget.SetFinancialGoalsAsync(new SetFinancialGoalsRequest
        {
            FinancialGoals = new FinancialGoals
            {
                Name = $"{parent}/financialGoals",
                MaxEquityShareBasisPoints = 2_000,
                MinEquityOre = Tkr(400),
                MinIndividualShareBasisPoints = 7_000,
                NationalRecommendation = true,
            },
        });

        BudgetLine Line(string label, decimal tkr, int year = 2022, LineKind kind = LineKind.Operating) => new() { Label = label, Year = year, AmountOre = Tkr(tkr), Kind = kind };
        var liabilities = new[] { 2022, 2023, 2024 }.Select(year => new BalanceEntries { Year = year, ShortTermLiabilitiesOre = Tkr(300) });
        await system.Budget.CreateBudgetAsync(new CreateBudgetRequest
        {
            Parent = parent,
            Budget = new Finsam.Contracts.Budget.V1.Budget
            {
                FirstYear = 2022,
                PlanYears = 3,
                CostGroups =
                {
                    new CostGroupInput
                    {
                        Key = "board", Label = "Styrelsen", Kind = CostGroupKind.Board,
                        Lines = { Line("Styrelsearvoden", 100), Line("Representation", 5) },
                        Totals = { new YearAmount { Year = 2023, AmountOre = Tkr(110) }, new YearAmount { Year = 2024, AmountOre = Tkr(115) } },
                    },
                    new CostGroupInput
                    {
                        Key = "administration", Label = "Administration", Kind = CostGroupKind.Administration,
                        Lines =
                        {
                            Line("Lokalkostnader", 0), Line("Förbrukningsmaterial", 1), Line("Kontorsmaterial", 3), Line("Fast telefoni", 0),
                            Line("Mobiltelefon", 3), Line("Porto", 2), Line("Redovisningstjänster", 70), Line("IT-tjänster, datadrift", 18),
                            Line("Konsulter", 768), Line("Övr. främmande tjänster", 16), Line("Utbildning/Konferens", 80), Line("Övriga personalkostnader", 0),
                            Line("Ränteintäkter", 0, kind: LineKind.FinancialIncome), Line("Övriga finansiella kostnader", 1, kind: LineKind.FinancialCost),
                            Line("Övriga finansiella kostnader", 1, 2023, LineKind.FinancialCost), Line("Övriga finansiella kostnader", 1, 2024, LineKind.FinancialCost),
                        },
                        Totals = { new YearAmount { Year = 2023, AmountOre = Tkr(1_050) }, new YearAmount { Year = 2024, AmountOre = Tkr(1_075) } },
                    },
                    new CostGroupInput { Key = "decided-efforts", Label = "Beslutade aktiviteter", Source = CostGroupSource.DecidedEfforts },
                    new CostGroupInput { Key = "new-efforts", Label = "Nya aktiviteter/insatser", Source = CostGroupSource.Reserved },
                },
                OpeningEquityOre = Tkr(1_233),
                Balance = { liabilities },
                Forecast = new Forecast
                {
                    OperatingIncomeOre = Tkr(7_378),
                    OperatingCostsOre = Tkr(7_617),
                    FinancialCostsOre = Tkr(1),
                    OpeningEquityOre = Tkr(1_473),
                    Balance = new BalanceEntries { Year = 2021, ShortTermLiabilitiesOre = Tkr(300) },
                },
                StatedFigures =
                {
                    new StatedFigure { Row = "balance.equity", Year = 2021, StatedOre = Tkr(1_233) },
                    new StatedFigure { Row = "balance.equity", Year = 2022, StatedOre = Tkr(577) },
                    new StatedFigure { Row = "balance.equity", Year = 2023, StatedOre = Tkr(577) },
                    new StatedFigure { Row = "balance.equity", Year = 2024, StatedOre = Tkr(613) },
                    new StatedFigure { Row = "balance.openingEquity", Year = 2024, StatedOre = Tkr(577) },
                    new StatedFigure { Row = "balance.totalAssets", Year = 2024, StatedOre = Tkr(877) },
                    new StatedFigure { Row = "result", Year = 2022, StatedOre = Tkr(-656) },
                },
            },
        });
        return id;
    }
}
