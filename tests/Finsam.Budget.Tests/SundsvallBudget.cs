using Finsam.Budget.Domain;

namespace Finsam.Budget.Tests;

// "Verksamhetsplan och budget 2022" of shared/reference/, as it would be entered.
public static class SundsvallBudget
{
    // 1 tkr is 100 000 öre.
    public static long Tkr(decimal tkr) => (long)(tkr * 100_000);

    public static BudgetInput Input()
    {
        IncomeLine[] income = [.. new[] { 2022, 2023, 2024 }.SelectMany(year => new[]
        {
            new IncomeLine("Försäkringskassan/Arbetsförmedlingen", year, Tkr(3_689), IncomeKind.Contribution),
            new IncomeLine("Region Västernorrland", year, Tkr(1_844.5m), IncomeKind.Contribution),
            new IncomeLine("Sundsvalls kommun", year, Tkr(1_844.5m), IncomeKind.Contribution),
        })];

        var board = new CostGroup("board", "Styrelsen", CostGroupKind.Board,
            [new("Styrelsearvoden", 2022, Tkr(100)), new("Representation", 2022, Tkr(5))],
            new Dictionary<int, long> { [2023] = Tkr(110), [2024] = Tkr(115) });

        var administration = new CostGroup("administration", "Administration", CostGroupKind.Administration,
            [
                new("Lokalkostnader", 2022, 0), new("Förbrukningsmaterial", 2022, Tkr(1)), new("Kontorsmaterial", 2022, Tkr(3)),
                new("Fast telefoni", 2022, 0), new("Mobiltelefon", 2022, Tkr(3)), new("Porto", 2022, Tkr(2)),
                new("Redovisningstjänster", 2022, Tkr(70)), new("IT-tjänster, datadrift", 2022, Tkr(18)), new("Konsulter", 2022, Tkr(768)),
                new("Övr. främmande tjänster", 2022, Tkr(16)), new("Utbildning/Konferens", 2022, Tkr(80)), new("Övriga personalkostnader", 2022, 0),
                new("Ränteintäkter", 2022, 0, LineKind.FinancialIncome), new("Övriga finansiella kostnader", 2022, Tkr(1), LineKind.FinancialCost),
                // The plan years give administration as a total, of which 1 tkr is financial.
                new("Övriga finansiella kostnader", 2023, Tkr(1), LineKind.FinancialCost),
                new("Övriga finansiella kostnader", 2024, Tkr(1), LineKind.FinancialCost),
            ],
            new Dictionary<int, long> { [2023] = Tkr(1_050), [2024] = Tkr(1_075) });

        var decided = new CostGroup("decided", "Beslutade aktiviteter", CostGroupKind.Other,
            [
                new("Försäkringskassehandläggare", 2022, Tkr(193)), new("Sip-samordnare", 2022, Tkr(645)),
                new("3 st. Arbetskonsulenter", 2022, Tkr(1_894)), new("2 st. Arbetsförmedlare", 2022, Tkr(1_160)),
                new("Psykolog", 2022, Tkr(895)), new("Arbetsterapeut", 2022, Tkr(610)), new("Rehabvägledare", 2022, Tkr(620)),
                new("Utvecklingsledare", 2022, Tkr(745)), new("Insatskatalogen", 2022, Tkr(55)), new("Psykeveckan", 2022, Tkr(50)),
                new("Kompetensutveckling – Gemensamma utbildning", 2022, Tkr(100)),
            ],
            new Dictionary<int, long> { [2023] = Tkr(660), [2024] = 0 },
            CostGroupSource.DecidedEfforts);

        var reserved = new CostGroup("new", "Nya aktiviteter/insatser", CostGroupKind.Other, [],
            new Dictionary<int, long> { [2022] = 0, [2023] = Tkr(5_558), [2024] = Tkr(6_188) },
            CostGroupSource.Reserved);

        var liabilities = new BalanceEntries(0, 0, 0, Tkr(300));
        return new BudgetInput(
            2022,
            PlanYears: 3,
            income,
            [board, administration, decided, reserved],
            OpeningEquityOre: Tkr(1_233),
            Balance: new Dictionary<int, BalanceEntries> { [2022] = liabilities, [2023] = liabilities, [2024] = liabilities },
            IndividualEffortsOre: new Dictionary<int, long> { [2022] = Tkr(6_017) },
            Forecast: new PreviousYearForecast(Tkr(7_378), Tkr(7_617), 0, Tkr(1), Tkr(1_473), liabilities));
    }
}
