using System.Globalization;
using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Documents.V1;
using static Finsam.Documents.Composition.SwedishFormat;
using DocumentTable = Finsam.Documents.Composition.Table;

namespace Finsam.Documents.Composition;

// The annual report's tables, from the year's follow-up (the adopted budget's rows against the
// books, through the year's last month), the closed books and the participants: like
// BudgetTables, no figure is worked out here beyond placing the services' figures and the
// differences between two of them.
public sealed class AnnualReportTables(DocumentInputs inputs)
{
    private const string Nothing = "–";

    private readonly AmountUnit _unit = inputs.Template.Unit;
    private readonly BudgetFollowUp _followUp = inputs.FollowUp ?? new BudgetFollowUp();
    private readonly YearClosing? _closing = inputs.Closing;
    private readonly YearReport _budgetYear = inputs.BudgetReport.Years.FirstOrDefault(y => y.Year == inputs.Year && !y.Forecast) ?? new YearReport();

    private string UnitNote => _unit == AmountUnit.Kronor ? "Belopp i kronor" : "Belopp i tkr";

    private string Year => inputs.Year.ToString(CultureInfo.InvariantCulture);

    // The year's result: the closed books', or else what the follow-up has booked so far.
    public static long ActualResultOre(DocumentInputs inputs) => inputs.Closing?.ResultOre ?? inputs.FollowUp?.Result?.ActualToDateOre ?? 0;

    public static bool Covers(TableKind kind) => kind is TableKind.ResultStatement or TableKind.Equity or TableKind.GoalFulfilment
        or TableKind.Participants or TableKind.EffortOutcomes or TableKind.Signatures or TableKind.BalanceSheet;

    public IEnumerable<Block> Build(TableKind kind) => kind switch
    {
        TableKind.ResultStatement => [ResultStatement()],
        TableKind.Equity => [Equity()],
        TableKind.GoalFulfilment => [GoalFulfilment()],
        TableKind.Participants => [Participants()],
        TableKind.EffortOutcomes => [EffortOutcomes()],
        TableKind.Signatures => Signatures(),
        TableKind.BalanceSheet => [BalanceSheet()],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an annual report's table."),
    };

    // Resultaträkning: income and cost groups, actual beside budget. What the books hold beyond
    // the budget's rows (unmapped accounts, rows the budget lacks) is one row of its own, so the
    // result is the books' once the year is closed.
    private DocumentTable ResultStatement()
    {
        var rows = new List<TableRow> { new("Intäkter", ["", "", ""], RowStyle.Group) };
        rows.AddRange(_followUp.Income.Select(row => Compared(row.Label, row.ActualToDateOre, row.BudgetYearOre)));
        rows.Add(Compared("Summa intäkter", _followUp.Income.Sum(r => r.ActualToDateOre), _followUp.Income.Sum(r => r.BudgetYearOre), RowStyle.Total));
        rows.Add(new TableRow("Kostnader", ["", "", ""], RowStyle.Group));
        rows.AddRange(_followUp.CostGroups.Select(row => Compared(row.Label, CostSign(row.ActualToDateOre), CostSign(row.BudgetYearOre))));
        rows.Add(Compared("Summa kostnader", CostSign(_followUp.CostGroups.Sum(r => r.ActualToDateOre)), CostSign(_followUp.CostGroups.Sum(r => r.BudgetYearOre)), RowStyle.Total));

        var result = _followUp.Result ?? new FollowUpRow();
        var actualResult = result.ActualToDateOre;
        if (_closing is { } closing && closing.ResultOre != actualResult)
        {
            rows.Add(Compared("Övriga poster (utanför budgetens rader)", closing.ResultOre - actualResult, 0));
            actualResult = closing.ResultOre;
        }
        rows.Add(Compared("Årets resultat", actualResult, result.BudgetYearOre, RowStyle.Total));
        return new DocumentTable(["Resultaträkning", $"Utfall {Year}", $"Budget {Year}", "Avvikelse"], rows, UnitNote);
    }

    // Eget kapital: the closed year's books beside the budget's estimate. An open year has no
    // equity of its own yet, only its result so far.
    private DocumentTable Equity()
    {
        var budgetResult = _followUp.Result?.BudgetYearOre ?? _budgetYear.ResultOre;
        var rows = new List<TableRow>
        {
            new("Ingående eget kapital", [Maybe(_closing?.OpeningEquityOre), Amount(_budgetYear.OpeningEquityOre)]),
            new("Årets resultat", [Amount(ActualResultOre(inputs)), Amount(budgetResult)]),
            new("Utgående eget kapital", [Maybe(_closing?.ClosingEquityOre), Amount(_budgetYear.OpeningEquityOre + budgetResult)], RowStyle.Total),
        };
        return new DocumentTable(["Eget kapital", $"Utfall {Year}", $"Budget {Year}"], rows, UnitNote);
    }

    // Balansräkning: the books at the year's end beside the balance budget. Equity is what the
    // assets leave over the provisions and liabilities, so the year's result stands in it whether
    // or not the books have moved it to equity yet; its balance brought forward is that less the
    // books' result. Books without opening balances give no actual figures ("–").
    private DocumentTable BalanceSheet()
    {
        var known = inputs.HasOpeningBalances;
        long Closing(int fromGroup, int toGroup) => inputs.Balances
            .Where(b => AccountGroup(b.Account) is var group && group >= fromGroup && group <= toGroup)
            .Sum(b => b.ClosingOre);
        var fixedAssets = Closing(10, 13);
        var currentAssets = Closing(14, 19);
        var provisions = -Closing(21, 22);
        var longTerm = -Closing(23, 23);
        var shortTerm = -Closing(24, 29);
        var equity = fixedAssets + currentAssets - provisions - longTerm - shortTerm;
        var result = ActualResultOre(inputs);

        TableRow Row(string label, long actual, long budget, RowStyle style = RowStyle.Line) =>
            new(label, [known ? Amount(actual) : Nothing, Amount(budget)], style);
        List<TableRow> rows =
        [
            Row("Anläggningstillgångar", fixedAssets, _budgetYear.FixedAssetsOre),
            Row("Omsättningstillgångar", currentAssets, _budgetYear.CurrentAssetsOre),
            Row("Summa tillgångar", fixedAssets + currentAssets, _budgetYear.TotalAssetsOre, RowStyle.Total),
            Row("Balanserat eget kapital", equity - result, _budgetYear.OpeningEquityOre),
            Row("Årets resultat", result, _budgetYear.ResultOre),
            Row("Summa eget kapital", equity, _budgetYear.EquityOre, RowStyle.Total),
            Row("Avsättningar", provisions, _budgetYear.ProvisionsOre),
            Row("Långfristiga skulder", longTerm, _budgetYear.LongTermLiabilitiesOre),
            Row("Kortfristiga skulder", shortTerm, _budgetYear.ShortTermLiabilitiesOre),
            Row("Summa skulder", longTerm + shortTerm, _budgetYear.LongTermLiabilitiesOre + _budgetYear.ShortTermLiabilitiesOre, RowStyle.Total),
            Row("Summa eget kapital, avsättningar och skulder", equity + provisions + longTerm + shortTerm, _budgetYear.EquityProvisionsAndLiabilitiesOre, RowStyle.Total),
        ];
        return new DocumentTable(["Balansräkning", $"Utfall {Year}", $"Budget {Year}"], rows, UnitNote);
    }

    // An account's first two digits (the BAS chart's group), or -1 for an account not so written.
    private static int AccountGroup(string account) =>
        account.Length >= 2 && int.TryParse(account.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var group) ? group : -1;

    // Måluppfyllelse: the board's financial goals as the budget service judged them on the
    // year's figures, then the participant goals with the year before beside.
    private DocumentTable GoalFulfilment()
    {
        var rows = new List<TableRow>();
        rows.AddRange(_followUp.Goals.Where(g => g.Year == inputs.Year).Select(goal => new TableRow(
            goal.Explanation.Length > 0 ? goal.Explanation : goal.Goal,
            [GoalStatusText(goal.Status), goal.ActualBasisPoints != 0 ? Percent(goal.ActualBasisPoints) : Amount(goal.ActualOre)])));
        if (inputs.Participants is { Total: { } total } summary)
        {
            var before = summary.PreviousYearTotal ?? new Contracts.Grants.V1.Participants();
            rows.Add(new TableRow(
                $"Fler deltagare än året innan ({Count(before.Started)} påbörjade {inputs.Year - 1})",
                [total.Started > before.Started ? "Uppfyllt" : "Ej uppfyllt", Count(total.Started)]));
            rows.Add(new TableRow(
                "Andel av de avslutade som gick till arbete eller studier",
                [summary.HasToWorkOrStudiesPermille ? "Redovisat" : "Ingen avslutad", summary.HasToWorkOrStudiesPermille ? Percent(summary.ToWorkOrStudiesPermille * 10) : Nothing]));
        }
        return new DocumentTable(["Mål", "Bedömning", "Utfall"], rows, _followUp.GoalsOnActuals ? "Bedömt på årets utfall" : "Bedömt på prognos: året är inte avslutat")
        {
            TextColumns = 1,
        };
    }

    // Deltagare: the federation's year in total, as the public may see it (small counts masked
    // by grants, as in the catalogue).
    private DocumentTable Participants()
    {
        var shown = (inputs.Participants?.PublicTotal ?? []).ToDictionary(c => c.Count, c => c.Shown, StringComparer.Ordinal);
        var rows = ParticipantRows.Select(row => row.Key is null
                ? new TableRow(row.Label, [""], RowStyle.Group)
                : new TableRow(row.Label, [shown.GetValueOrDefault(row.Key, "0")]))
            .ToList();
        return new DocumentTable(["Deltagare", $"Antal {Year}"], rows, "Antal personer; färre än fem visas som \"< 5\"");
    }

    // Each effort the books followed: its cost against its budget, and those who started and
    // ended in it as the public may see them (blank for an effort without participants).
    private DocumentTable EffortOutcomes()
    {
        var participants = (inputs.Participants?.Efforts ?? []).ToDictionary(
            e => e.Effort, e => e.PublicParticipants.ToDictionary(c => c.Count, c => c.Shown, StringComparer.Ordinal), StringComparer.Ordinal);
        string[] Counted(string effort) => participants.TryGetValue(effort, out var shown)
            ? [shown.GetValueOrDefault("started", ""), shown.GetValueOrDefault("ended", "")]
            : ["", ""];
        var rows = _followUp.Efforts
            .Select(effort => Compared(effort.Label, effort.ActualToDateOre, effort.BudgetYearOre, RowStyle.Line, Counted(effort.Key)))
            .ToList();
        rows.Add(Compared("Summa insatser", _followUp.Efforts.Sum(e => e.ActualToDateOre), _followUp.Efforts.Sum(e => e.BudgetYearOre), RowStyle.Total, ["", ""]));
        return new DocumentTable(["Insats", $"Kostnad {Year}", $"Budget {Year}", "Avvikelse", "Påbörjade", "Avslutade"], rows, UnitNote);
    }

    // Underskrifter: where and when, then a line to sign for each signatory.
    private IEnumerable<Block> Signatures()
    {
        var text = inputs.PlanText;
        yield return new Paragraph(text.SigningPlaceAndDate.Length > 0 ? text.SigningPlaceAndDate : "Ort och datum: ______________________");
        yield return new DocumentTable(
            ["Namn", "Roll", "Namnteckning"],
            [.. text.Signatories.Select(s => new TableRow(s.Name, [s.Role, "______________________"]))],
            "")
        {
            TextColumns = 2,
        };
    }

    private static readonly (string Label, string? Key)[] ParticipantRows =
    [
        ("Påbörjade", "started"),
        ("Pågående vid årets slut", "ongoing"),
        ("Avslutade", "ended"),
        ("Påbörjade efter kön", null),
        ("Kvinnor", "women"),
        ("Män", "men"),
        ("Påbörjade efter ålder", null),
        ("16–29 år", "aged_16_to_29"),
        ("30–49 år", "aged_30_to_49"),
        ("50–64 år", "aged_50_to_64"),
        ("Försörjning före", null),
        ("Sjukpenning eller sjukersättning", "before_sickness_benefit"),
        ("Aktivitetsstöd", "before_activity_support"),
        ("Försörjningsstöd", "before_income_support"),
        ("Ingen ersättning", "before_no_income"),
        ("Annan försörjning", "before_other"),
        ("Avslutade till", null),
        ("Arbete", "after_work"),
        ("Studier", "after_studies"),
        ("Arbetssökande", "after_job_seeking"),
        ("Annat", "after_other"),
    ];

    // Actual, budget and actual less budget, each as printed, and any cells after them.
    private TableRow Compared(string label, long actualOre, long budgetOre, RowStyle style = RowStyle.Line, string[]? after = null) =>
        new(label, [Amount(actualOre), Amount(budgetOre), Amount(actualOre - budgetOre), .. after ?? []], style);

    private string Maybe(long? ore) => ore is { } value ? Amount(value) : Nothing;

    private string Amount(long ore) => SwedishFormat.Amount(ore, _unit);

    // A cost as the federation prints costs: positive, or negated as its budget prints them.
    private long CostSign(long ore) => inputs.BudgetReport.CostsAsNegative ? -ore : ore;

    private static string GoalStatusText(GoalStatus status) => status switch
    {
        GoalStatus.Met => "Uppfyllt",
        GoalStatus.NotMet => "Ej uppfyllt",
        _ => "Ej bedömt",
    };
}
