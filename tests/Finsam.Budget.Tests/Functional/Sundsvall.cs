using Finsam.Contracts.Budget.V1;
using Grants = Finsam.Contracts.Grants.V1;

namespace Finsam.Budget.Tests.Functional;

// Samordningsförbundet Sundsvall's "Verksamhetsplan och budget 2022": what funding and grants
// answer for it, and what the federation enters itself.
public static class Sundsvall
{
    public static long Tkr(decimal tkr) => (long)(tkr * 100_000);

    // Each year's contributions: the state's half, and a quarter each from region and municipality.
    public static readonly (string DisplayName, long AmountOre)[] MemberContributions =
    [
        ("Försäkringskassan", Tkr(3_689)),
        ("Region Västernorrland", Tkr(1_844.5m)),
        ("Sundsvalls kommun", Tkr(1_844.5m)),
    ];

    // "Insatser 2022": the granted efforts' cost lines, in kronor.
    public static readonly (string Line, Grants.EffortKind Kind, long Kronor)[] Efforts2022 =
    [
        ("Försäkringskassehandläggare", Grants.EffortKind.Individual, 193_000),
        ("Sip-samordnare", Grants.EffortKind.Individual, 645_000),
        ("3 st. Arbetskonsulenter", Grants.EffortKind.Individual, 1_894_000),
        ("2 st. Arbetsförmedlare", Grants.EffortKind.Individual, 1_160_000),
        ("Psykolog", Grants.EffortKind.Individual, 895_000),
        ("Arbetsterapeut", Grants.EffortKind.Individual, 610_000),
        ("Rehabvägledare", Grants.EffortKind.Individual, 620_000),
        ("Utvecklingsledare", Grants.EffortKind.Structural, 745_000),
        ("Insatskatalogen", Grants.EffortKind.Structural, 55_000),
        ("Psykeveckan", Grants.EffortKind.Structural, 50_000),
        ("Kompetensutveckling – Gemensamma utbildning", Grants.EffortKind.Structural, 100_000),
    ];

    public const string NewEffortsLabel = "Nya aktiviteter/insatser";

    // As grants answers for 2022–2024: the granted lines (the development lead goes on into
    // 2023), and money reserved for efforts not yet named in 2023 and 2024.
    public static Grants.EffortCosts EffortCosts(string federationId)
    {
        var costs = new Grants.EffortCosts();
        costs.Lines.AddRange(Efforts2022.Select(e => Line(federationId, e.Line, e.Kind, 2022, e.Kronor * 100)));
        costs.Lines.Add(Line(federationId, "Utvecklingsledare", Grants.EffortKind.Structural, 2023, Tkr(660)));
        costs.Years.Add(new Grants.YearCosts { Year = 2022, GrantedOre = Tkr(6_967), IndividualOre = Tkr(6_017), StructuralOre = Tkr(950) });
        costs.Years.Add(new Grants.YearCosts { Year = 2023, GrantedOre = Tkr(660), StructuralOre = Tkr(660), ReservedOre = Tkr(5_558), ReservedLabel = NewEffortsLabel });
        costs.Years.Add(new Grants.YearCosts { Year = 2024, ReservedOre = Tkr(6_188), ReservedLabel = NewEffortsLabel });
        return costs;
    }

    public static FinancialGoals Goals(string federationId) => new()
    {
        Name = $"federations/{federationId}/financialGoals",
        MaxEquityShareBasisPoints = 2_000,
        MinEquityOre = Tkr(400),
        MinIndividualShareBasisPoints = 7_000,
        NationalRecommendation = true,
    };

    public static Contracts.Budget.V1.Budget Budget2022() => new()
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
        Balance = { new[] { 2022, 2023, 2024 }.Select(year => new BalanceEntries { Year = year, ShortTermLiabilitiesOre = Tkr(300) }) },
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
            // The document's own error: 613 where 577 follows.
            new StatedFigure { Row = "balance.equity", Year = 2024, StatedOre = Tkr(613) },
            new StatedFigure { Row = "balance.openingEquity", Year = 2024, StatedOre = Tkr(577) },
            new StatedFigure { Row = "balance.totalAssets", Year = 2024, StatedOre = Tkr(877) },
            new StatedFigure { Row = "result", Year = 2022, StatedOre = Tkr(-656) },
        },
    };

    private static BudgetLine Line(string label, decimal tkr, int year = 2022, LineKind kind = LineKind.Operating) =>
        new() { Label = label, Year = year, AmountOre = Tkr(tkr), Kind = kind };

    private static Grants.EffortCostLine Line(string federationId, string description, Grants.EffortKind kind, int year, long amountOre) => new()
    {
        Effort = $"federations/{federationId}/efforts/{description.ToLowerInvariant().Replace(' ', '-')}",
        EffortDisplayName = description,
        Kind = kind,
        Year = year,
        Description = description,
        AmountOre = amountOre,
    };
}
