namespace Finsam.Web.Components.Regional;

// The chart's bars for a measure: one series per figure, one bar per computed federation in
// the table's order. Amounts in thousands of kronor and shares in percent, as the regional
// body reads them; the chart only draws, the table beside it holds the exact figures.
public sealed record RollUpChartData(string Title, string Unit, IReadOnlyList<string> Labels, IReadOnlyList<(string Name, double[] Values)> Series)
{
    public static RollUpChartData For(RollUpChartMeasure measure, IReadOnlyList<RollUpRow> rows)
    {
        var computed = rows.Where(row => row.Computed).ToList();
        var labels = computed.Select(row => row.FederationName).ToList();
        double[] Tkr(Func<RollUpRow, long> ore) => [.. computed.Select(row => ore(row) / 100_000d)];
        double[] Percent(Func<RollUpRow, int> basisPoints) => [.. computed.Select(row => basisPoints(row) / 100d)];
        return measure switch
        {
            RollUpChartMeasure.Result => new("Resultat per förbund", "tkr", labels, [("Resultat", Tkr(row => row.Figures.ResultOre))]),
            RollUpChartMeasure.Equity => new("Eget kapital per förbund", "tkr", labels, [("Eget kapital", Tkr(row => row.Figures.EquityOre))]),
            RollUpChartMeasure.Shares => new("Andelar av medlemsbidragen per förbund", "procent", labels,
            [
                ("Eget kapital av bidragen", Percent(row => row.Figures.EquityShareBasisPoints)),
                ("Till individinsatser", Percent(row => row.Figures.IndividualShareBasisPoints)),
            ]),
            _ => new("Medlemsbidrag och kostnader per förbund", "tkr", labels,
            [
                ("Medlemsbidrag", Tkr(row => row.Figures.ContributionsOre)),
                ("Kostnader", Tkr(row => row.Figures.CostsOre)),
            ]),
        };
    }

    public static string Choice(RollUpChartMeasure measure) => measure switch
    {
        RollUpChartMeasure.Result => "Resultat",
        RollUpChartMeasure.Equity => "Eget kapital",
        RollUpChartMeasure.Shares => "Andelar av medlemsbidragen",
        _ => "Medlemsbidrag och kostnader",
    };
}
