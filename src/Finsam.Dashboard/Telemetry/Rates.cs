namespace Finsam.Dashboard.Telemetry;

// A cumulative counter as people read it: how much per second between two exports.
// A counter that starts again (the service restarted) is taken from zero.
public static class Rates
{
    public static IReadOnlyList<MetricPoint> PerSecond(IReadOnlyList<MetricPoint> cumulative)
    {
        var rates = new List<MetricPoint>(Math.Max(cumulative.Count - 1, 0));
        for (var i = 1; i < cumulative.Count; i++)
        {
            var seconds = (cumulative[i].Time - cumulative[i - 1].Time).TotalSeconds;
            if (seconds <= 0)
            {
                continue;
            }
            var delta = cumulative[i].Value - cumulative[i - 1].Value;
            rates.Add(new MetricPoint(cumulative[i].Time, (delta >= 0 ? delta : cumulative[i].Value) / seconds));
        }
        return rates;
    }
}
