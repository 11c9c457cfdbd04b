using System.Text;
using Finsam.Contracts.Budget.V1;
using Finsam.Web.Formatting;

namespace Finsam.Web.Components.Shared;

// The budget's statuses, groups, lines, goals and findings as officers name them.
public static class BudgetTexts
{
    public static readonly IReadOnlyList<(CostGroupKind Value, string Text)> GroupKinds =
        [(CostGroupKind.Board, "Styrelse"), (CostGroupKind.Administration, "Administration"), (CostGroupKind.Other, "Övrigt")];

    public static readonly IReadOnlyList<(CostGroupSource Value, string Text)> Sources =
    [
        (CostGroupSource.Entered, Source(CostGroupSource.Entered)),
        (CostGroupSource.DecidedEfforts, Source(CostGroupSource.DecidedEfforts)),
        (CostGroupSource.Reserved, Source(CostGroupSource.Reserved)),
        (CostGroupSource.DecidedAndReserved, Source(CostGroupSource.DecidedAndReserved)),
    ];

    public static readonly IReadOnlyList<(LineKind Value, string Text)> LineKinds =
        [(LineKind.Operating, "Verksamhet"), (LineKind.FinancialIncome, "Finansiell intäkt"), (LineKind.FinancialCost, "Finansiell kostnad")];

    public static string Status(BudgetStatus status) => status switch
    {
        BudgetStatus.Draft => "Utkast",
        BudgetStatus.Proposed => "Förslag (på remiss hos medlemmarna)",
        BudgetStatus.Adopted => "Antagen",
        _ => "Ej angiven",
    };

    public static string Source(CostGroupSource source) => source switch
    {
        CostGroupSource.DecidedEfforts => "Beslutade insatser (från insatserna)",
        CostGroupSource.Reserved => "Reserverade medel (från insatserna)",
        CostGroupSource.DecidedAndReserved => "Beslutade insatser och reserverade medel",
        _ => "Egna rader",
    };

    public static string Goal(GoalReport goal) => goal.Goal switch
    {
        "max_equity_share" => "Eget kapital högst en andel av medlemsbidragen",
        "min_equity_share" => "Eget kapital minst en andel av medlemsbidragen",
        "min_equity" => "Eget kapital minst ett belopp",
        "min_individual_share" => "Andel till individinriktade insatser",
        "equity_band" => "Eget kapital inom ett spann",
        "contributions_spent" => "Årets medlemsbidrag används under året",
        "group_share_cap" => "Kostnadsgrupper högst en andel av medlemsbidragen",
        "national_recommendation" => "Nationella rådets rekommendation",
        _ => goal.Goal,
    };

    public static string GoalStatus(Contracts.Budget.V1.GoalStatus status) => status switch
    {
        Contracts.Budget.V1.GoalStatus.Met => "Uppfyllt",
        Contracts.Budget.V1.GoalStatus.NotMet => "Inte uppfyllt",
        _ => "Inte bedömt",
    };

    // The goal's figures: the amounts it compared, and the share where the report gives one.
    public static string GoalFigures(GoalReport goal) => goal.Status == Contracts.Budget.V1.GoalStatus.NotEvaluated
        ? ""
        : goal.ActualBasisPoints != 0
            ? $"{Percent(goal.ActualBasisPoints)} ({Kronor.Format(goal.ActualOre)}; gräns {Kronor.Format(goal.LimitOre)})"
            : $"{Kronor.Format(goal.ActualOre)} (gräns {Kronor.Format(goal.LimitOre)})";

    public static string Percent(int basisPoints) => $"{(basisPoints / 100m).ToString("0.##", Swedish.Culture)} %";

    // A finding's row ("result", "balance.equity", "group:board") as the tables name it.
    public static string FindingRow(Finding finding, IEnumerable<GroupReport> groups) => finding.Row switch
    {
        "result" => "Årets resultat",
        "income.total" => "Summa intäkter",
        "income.contributions" => "Medlemsbidrag",
        "income.other" => "Övriga intäkter",
        "costs.total" => "Summa kostnader",
        "balance.equity" => "Eget kapital vid årets slut",
        "balance.openingEquity" => "Eget kapital vid årets början",
        "balance.totalAssets" => "Summa tillgångar",
        "room.closingSurplus" => "Budgetutrymme vid årets slut",
        var row when row.StartsWith("group:", StringComparison.Ordinal) =>
            groups.FirstOrDefault(group => group.Key == row["group:".Length..])?.Label ?? row,
        var row => row,
    };

    // A group's key from its label, in the form keys take ("Förbundets administration" ->
    // "forbundets-administration"), made unique among the keys taken.
    public static string KeyFrom(string label, IReadOnlyCollection<string> taken)
    {
        var key = new StringBuilder();
        foreach (var c in label.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                key.Append(c);
            }
            else if (char.IsWhiteSpace(c) || c is '-' or '/' or '_')
            {
                if (key.Length > 0 && key[^1] != '-')
                {
                    key.Append('-');
                }
            }
        }
        var stem = key.ToString().Trim('-');
        stem = stem.Length == 0 ? "grupp" : stem[..Math.Min(stem.Length, 56)].TrimEnd('-');
        var unique = stem;
        for (var n = 2; taken.Contains(unique); n++)
        {
            unique = $"{stem}-{n}";
        }
        return unique;
    }
}
