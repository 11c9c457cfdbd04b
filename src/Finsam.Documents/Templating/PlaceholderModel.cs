using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Documents.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.Documents.Composition;

namespace Finsam.Documents.Templating;

// What a text may say with a placeholder, all of it from the inputs: every amount as
// "{{ budget.income.kr }}" (7 378 000 kr), ".tkr" (7 378) or ".kronor" (7 378 000).
// Amounts are the report's figures as they are: costs positive, the result with its sign
// (a text says "kostnaderna är 7 317 tkr" whichever way the federation's tables print costs).
public static class PlaceholderModel
{
    public static PlaceholderValues From(DocumentInputs inputs) => From(inputs, anyKey: false);

    // The values a text is checked against when it is saved, before there are figures: a
    // group, subtotal or room part is named by the federation's own key then, so any key
    // passes; rendering names one the budget does not have.
    public static PlaceholderValues Sample(int year) => From(SampleInputs.For(year), anyKey: true);

    private static PlaceholderValues From(DocumentInputs inputs, bool anyKey)
    {
        var report = inputs.BudgetReport;
        var years = report.Years.Where(y => !y.Forecast).ToList();
        var budgetYear = years.FirstOrDefault(y => y.Year == inputs.Year) ?? new YearReport { Year = inputs.Year };
        var adopted = inputs.Budget.Status == BudgetStatus.Adopted;
        var decided = new DecidedEfforts(inputs);
        var efforts = inputs.Efforts.Select(e => Effort(e, decided)).ToList();
        Dictionary<string, object?> Year(YearReport year) => YearValues(year, anyKey);

        var values = new Dictionary<string, object?>
        {
            ["year"] = inputs.Year,
            // The budget's last year: the year itself for a one-year budget, whose plan_years
            // is then empty.
            ["last_year"] = years.Count > 0 ? years[^1].Year : inputs.Year,
            ["plan_years"] = years.Skip(1).Select(y => (object?)y.Year).ToList(),
            ["federation"] = new Dictionary<string, object?>
            {
                ["name"] = inputs.Federation.DisplayName,
                ["members"] = inputs.Federation.Members.Select(m => (object?)m.DisplayName).ToList(),
            },
            ["allocation"] = new Dictionary<string, object?>
            {
                ["state"] = Amount(inputs.Allocation.StateAmountOre),
                ["matched_state"] = Amount(inputs.Allocation.MatchedStateAmountOre),
            },
            ["budget"] = Year(budgetYear),
            ["years"] = years.Select(y => (object?)Year(y)).ToList(),
            ["previous_year"] = report.Years.FirstOrDefault(y => y.Forecast) is { } forecast ? Year(forecast) : Year(new YearReport { Year = inputs.Year - 1 }),
            ["contributions"] = budgetYear.Income.Select(i => (object?)new Dictionary<string, object?> { ["member"] = i.Label, ["amount"] = Amount(i.AmountOre) }).ToList(),
            ["efforts"] = new Dictionary<string, object?>
            {
                ["all"] = efforts,
                ["individual"] = efforts.Where((_, i) => inputs.Efforts[i].Kind == EffortKind.Individual).ToList(),
                ["structural"] = efforts.Where((_, i) => inputs.Efforts[i].Kind == EffortKind.Structural).ToList(),
            },
            ["goals"] = report.Goals.Select(g => (object?)new Dictionary<string, object?>
            {
                ["goal"] = g.Goal,
                ["year"] = g.Year,
                ["status"] = GoalStatusName(g.Status),
                ["actual"] = Amount(g.ActualOre),
                ["limit"] = Amount(g.LimitOre),
                ["share"] = g.ActualBasisPoints == 0 ? "" : SwedishFormat.Percent(g.ActualBasisPoints),
            }).ToList(),
            // An annual report's year as the books and the follow-up give it (zero in a plan).
            ["actuals"] = Actuals(inputs),
            ["participants"] = Participants(inputs.Participants),
            ["adoption"] = new Dictionary<string, object?>
            {
                ["adopted"] = adopted,
                ["date"] = adopted ? inputs.Budget.AdoptedOn : "",
                ["long_date"] = adopted && SwedishFormat.ParseIsoDate(inputs.Budget.AdoptedOn) is { } on ? SwedishFormat.LongDate(on) : "",
                ["reference_number"] = adopted ? inputs.Budget.ReferenceNumber : "",
            },
        };
        return new PlaceholderValues(values, Today(inputs));
    }

    private static Dictionary<string, object?> Actuals(DocumentInputs inputs)
    {
        var followUp = inputs.FollowUp ?? new BudgetFollowUp();
        return new()
        {
            ["income"] = Amount(followUp.Income.Sum(r => r.ActualToDateOre)),
            ["costs"] = Amount(followUp.CostGroups.Sum(r => r.ActualToDateOre)),
            ["result"] = Amount(AnnualReportTables.ActualResultOre(inputs)),
            ["opening_equity"] = Amount(inputs.Closing?.OpeningEquityOre ?? 0),
            ["closing_equity"] = Amount(inputs.Closing?.ClosingEquityOre ?? 0),
            ["closed"] = inputs.Closing is not null,
        };
    }

    // Counts as the public may see them: "{{ participants.started }}" is "< 5" for one to four.
    private static Dictionary<string, object?> Participants(ParticipantSummary? summary)
    {
        var values = ParticipantCountNames.ToDictionary(name => name, _ => (object?)"0", StringComparer.Ordinal);
        foreach (var count in summary?.PublicTotal ?? [])
        {
            values[count.Count] = count.Shown;
        }
        return values;
    }

    private static readonly string[] ParticipantCountNames = [.. Contracts.Grants.V1.Participants.Descriptor.Fields.InDeclarationOrder().Select(f => f.Name)];

    // A fixed "today" for Liquid's date filter: the adoption date, or the first of January.
    private static DateTimeOffset Today(DocumentInputs inputs) =>
        SwedishFormat.ParseIsoDate(inputs.Budget.AdoptedOn) is { } on
            ? new DateTimeOffset(on.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : new DateTimeOffset(Math.Clamp(inputs.Year - 1, 1, 9999), 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static Dictionary<string, object?> YearValues(YearReport year, bool anyKey) => new()
    {
        ["year"] = year.Year,
        ["income"] = Amount(year.IncomeOre),
        ["contributions"] = Amount(year.ContributionsOre),
        ["other_income"] = Amount(year.OtherIncomeOre),
        ["costs"] = Amount(year.CostsOre),
        ["groups"] = Keyed(year.CostGroups.Select(g => (g.Key, g.Label, g.AmountOre)), anyKey),
        ["subtotals"] = Keyed(year.Subtotals.Select(s => (s.Key, s.Label, s.AmountOre)), anyKey),
        ["result"] = Amount(year.ResultOre),
        ["opening_equity"] = Amount(year.OpeningEquityOre),
        ["equity"] = Amount(year.EquityOre),
        ["room"] = Room(year, anyKey),
    };

    // "budget.room.kr" is the closing surplus, as it was before the room had parts.
    private static Dictionary<string, object?> Room(YearReport year, bool anyKey)
    {
        var room = year.Room ?? new BudgetRoom();
        var values = Amount(year.RoomClosingSurplusOre);
        values["opening_surplus"] = Amount(room.OpeningSurplusOre);
        values["contributions"] = Amount(room.ContributionsOre);
        values["other_income"] = Amount(room.OtherIncomeOre);
        values["groups"] = Keyed(room.CostGroups.Select(g => (g.Key, g.Label, g.AmountOre)), anyKey);
        values["closing_surplus"] = Amount(year.RoomClosingSurplusOre);
        return values;
    }

    // By the budget's own keys: "budget.groups.board.tkr", "budget.groups.board.label".
    private static IReadOnlyDictionary<string, object?> Keyed(IEnumerable<(string Key, string Label, long AmountOre)> figures, bool anyKey)
    {
        if (anyKey)
        {
            return new AnyKeyValues(Labelled("", 0));
        }
        var keyed = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, label, amount) in figures)
        {
            keyed.TryAdd(key, Labelled(label, amount));
        }
        return keyed;
    }

    private static Dictionary<string, object?> Labelled(string label, long ore)
    {
        var values = Amount(ore);
        values["label"] = label;
        return values;
    }

    private static object? Effort(Effort effort, DecidedEfforts decided) => new Dictionary<string, object?>
    {
        ["name"] = effort.DisplayName,
        ["kind"] = BudgetTables.KindName(effort.Kind),
        ["cost_group"] = effort.CostGroup,
        ["owner"] = effort.Owner,
        ["target_group"] = effort.TargetGroup,
        ["municipality"] = effort.Municipality,
        // What the board decided for the year, not what its cost lines ask.
        ["amount"] = Amount(decided.AmountOf(effort)),
    };

    private static Dictionary<string, object?> Amount(long ore) => new()
    {
        ["kr"] = SwedishFormat.KronorWithUnit(ore),
        ["kronor"] = SwedishFormat.Kronor(ore),
        ["tkr"] = SwedishFormat.Tkr(ore),
    };

    private static string GoalStatusName(GoalStatus status) => status switch
    {
        GoalStatus.Met => "uppfyllt",
        GoalStatus.NotMet => "ej uppfyllt",
        _ => "ej utvärderat",
    };
}
