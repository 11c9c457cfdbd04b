namespace Finsam.LoadBenchmark.Load;

// Response times of one measurement, in milliseconds, and its percentiles (nearest rank).
public sealed class Latencies
{
    private readonly List<double> _ms = [];

    public int Count
    {
        get
        {
            lock (_ms)
            {
                return _ms.Count;
            }
        }
    }

    public void Add(TimeSpan elapsed)
    {
        lock (_ms)
        {
            _ms.Add(elapsed.TotalMilliseconds);
        }
    }

    public double Percentile(double p)
    {
        lock (_ms)
        {
            if (_ms.Count == 0)
            {
                return double.NaN;
            }
            var sorted = _ms.Order().ToList();
            var rank = (int)Math.Ceiling(p / 100 * sorted.Count);
            return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
        }
    }

    public double Median => Percentile(50);

    public double Max => Percentile(100);

    public static double MedianOf(IEnumerable<TimeSpan> times) => MedianOf(times.Select(t => t.TotalMilliseconds));

    // The median of any figures (a round's req/s, a ratio), by the same nearest rank.
    public static double MedianOf(IEnumerable<double> figures)
    {
        var latencies = new Latencies();
        lock (latencies._ms)
        {
            latencies._ms.AddRange(figures);
        }
        return latencies.Median;
    }
}
