using System.Globalization;
using Finsam.Contracts.Budget.V1;
using Finsam.Web.Formatting;

namespace Finsam.Web.Components.Actuals;

// A follow-up's rows as the page lists them: each row with the rows within it after it,
// indented by depth; and the budget's rows and efforts as the mapping's choices.
public static class FollowUpLines
{
    public sealed record Line(FollowUpRow Row, int Depth);

    public static IReadOnlyList<Line> Of(IEnumerable<FollowUpRow> rows) => [.. Flatten(rows, 0)];

    private static IEnumerable<Line> Flatten(IEnumerable<FollowUpRow> rows, int depth) =>
        rows.SelectMany(row => Flatten(row.Rows, depth + 1).Prepend(new Line(row, depth)));

    // "-6,8 %", or a dash where the budget to date is nil.
    public static string Deviation(FollowUpRow row) =>
        row.HasDeviationPermille
            ? (row.DeviationPermille / 10m).ToString("0.0", Swedish.Culture).Replace('-', '−') + " %"
            : "–";

    // The budget rows an account can be taken to, as the officer reads them: "Styrelsen › Arvoden".
    public static IReadOnlyList<(string Key, string Text)> RowChoices(BudgetFollowUp followUp) =>
        [.. Choices(followUp.Income.Concat(followUp.CostGroups), "")];

    private static IEnumerable<(string, string)> Choices(IEnumerable<FollowUpRow> rows, string parent) =>
        rows.SelectMany(row => Choices(row.Rows, $"{parent}{row.Label} › ").Prepend((row.Key, parent + row.Label)));

    public static IReadOnlyList<(string Key, string Text)> EffortChoices(BudgetFollowUp followUp) =>
        [.. followUp.Efforts.Select(effort => (effort.Key, effort.Label))];

    public static string Month(string month) =>
        DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day.ToString("MMMM yyyy", Swedish.Culture)
            : month;

    public static string Amount(long ore) => ore == 0 ? "0 kr" : Kronor.Format(ore);
}
