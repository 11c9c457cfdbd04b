using Finsam.SourceDocuments;
using Finsam.SystemTests.Infrastructure;

namespace Finsam.SystemTests.Budget;

// A made-up federation's plan (docs/federations/) as the budget report is compared with it: how the
// federation is entered, the plan's tables, and how they print amounts (kronor or tkr; costs negative
// or positive in the budget table). The plan's groups are named as its budget table names them: the
// group's heading and its sum row, or one row for a group without lines.
public sealed record SourcePlan(
    string Name,
    Func<FinsamSystem, Task<string>> SetUpAsync,
    SourceDocument Document,
    IReadOnlyList<int> Years,
    decimal OrePerUnit,
    bool CostsPrintedNegative,
    string BudgetTable,
    IReadOnlyList<(string Heading, string Sum)> Groups,
    IReadOnlyList<string> Subtotals,
    string ResultRow,
    string ResultTable,
    string BalanceTable,
    string EffortsTable,
    string ContributionsTable)
{
    public static readonly SourcePlan Norrvik = new(
        "norrvik",
        NorrvikBudget.SetUpAsync,
        SourceDocument.Load("norrvik-verksamhetsplan-budget-2026.txt"),
        [NorrvikBudget.Year],
        OrePerUnit: 100,
        CostsPrintedNegative: true,
        "Budget 2026",
        [("Insatser", "Summa insatser"), ("Gemensamma aktiviteter", "Summa gemensamma aktiviteter"), ("Förbundets administration", "Summa förbundets administration")],
        ["Summa insatskostnader"],
        "Budgeterat resultat",
        "Resultatbudget 2026",
        "Balansbudget 2026",
        "Insatser 2026",
        "Medlemsbidrag 2026");

    public static readonly SourcePlan Gotland = new(
        "gotland",
        GotlandBudget.SetUpAsync,
        SourceDocument.Load("gotland-verksamhetsplan-budget-2026-2027.txt"),
        [GotlandBudget.FirstYear, GotlandBudget.PlanYear],
        OrePerUnit: 100_000,
        CostsPrintedNegative: false,
        "Budget 2026 med plan för 2027 (tkr)",
        [
            ("Kansli", "Summa kansli"),
            ("Insatser för individer", "Summa insatser för individer"),
            ("Strukturövergripande insatser", "Summa strukturövergripande insatser"),
            ("Medel för nya insatser", "Medel för nya insatser"),
            ("Styrelse och revision", "Summa styrelse och revision"),
        ],
        [],
        "Årets resultat",
        "Resultatbudget 2026–2027 (tkr)",
        "Balansbudget 2026–2027 (tkr)",
        "Beviljade insatser 2026–2027 (tkr)",
        "Medlemsbidrag 2026–2027 (tkr)");

    public static SourcePlan Named(string name) => new[] { Norrvik, Gotland }.Single(plan => plan.Name == name);

    public TextTable Budget => Document.Table(BudgetTable);

    public TextTable Contributions => Document.Table(ContributionsTable);

    // An amount of the report in the plan's unit: exact, so a tkr figure keeps its decimal.
    public decimal Units(long ore) => ore / OrePerUnit;

    // A cost of the report (always positive) as the plan's budget table prints it.
    public decimal PrintedCost(long ore) => CostsPrintedNegative ? -Units(ore) : Units(ore);

    public override string ToString() => Name;
}
