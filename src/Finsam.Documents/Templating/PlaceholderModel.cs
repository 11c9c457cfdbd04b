using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Documents.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.Documents.Composition;

namespace Finsam.Documents.Templating;

// What a text may say with a placeholder, all of it from the inputs: every amount as
// "{{ budget.income.kr }}" (7 378 000 kr), ".tkr" (7 378) or ".kronor" (7 378 000).
public static class PlaceholderModel
{
    public static PlaceholderValues From(DocumentInputs inputs)
    {
        var report = inputs.BudgetReport;
        var years = report.Years.Where(y => !y.Forecast).ToList();
        var budgetYear = years.FirstOrDefault(y => y.Year == inputs.Year) ?? new YearReport { Year = inputs.Year };
        var adopted = inputs.Budget.Status == BudgetStatus.Adopted;
        var efforts = inputs.Efforts.Select(e => Effort(e, inputs.Year)).ToList();

        var values = new Dictionary<string, object?>
        {
            ["year"] = inputs.Year,
            ["last_year"] = inputs.Year + 2,
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
                ["status"] = GoalStatusName(g.Status),
                ["actual"] = Amount(g.ActualOre),
                ["limit"] = Amount(g.LimitOre),
                ["share"] = g.ActualBasisPoints == 0 ? "" : SwedishFormat.Percent(g.ActualBasisPoints),
            }).ToList(),
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

    // A fixed "today" for Liquid's date filter: the adoption date, or the first of January.
    private static DateTimeOffset Today(DocumentInputs inputs) =>
        SwedishFormat.ParseIsoDate(inputs.Budget.AdoptedOn) is { } on
            ? new DateTimeOffset(on.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : new DateTimeOffset(Math.Clamp(inputs.Year - 1, 1, 9999), 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static Dictionary<string, object?> Year(YearReport year) => new()
    {
        ["year"] = year.Year,
        ["income"] = Amount(year.IncomeOre),
        ["costs"] = Amount(year.CostsOre),
        ["result"] = Amount(year.ResultOre),
        ["opening_equity"] = Amount(year.OpeningEquityOre),
        ["equity"] = Amount(year.EquityOre),
        ["room"] = Amount(year.RoomClosingSurplusOre),
    };

    private static object? Effort(Effort effort, int year) => new Dictionary<string, object?>
    {
        ["name"] = effort.DisplayName,
        ["kind"] = BudgetTables.KindName(effort.Kind),
        ["cost_group"] = effort.CostGroup,
        ["owner"] = effort.Owner,
        ["target_group"] = effort.TargetGroup,
        ["municipality"] = effort.Municipality,
        ["amount"] = Amount(effort.CostLines.Where(l => l.Year == year).Sum(l => l.AmountOre)),
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
