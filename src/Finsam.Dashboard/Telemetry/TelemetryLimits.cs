namespace Finsam.Dashboard.Telemetry;

// What the dashboard keeps in memory (Dashboard:Telemetry): the oldest goes first.
public sealed class TelemetryLimits
{
    public int MaxTraces { get; set; } = 10_000;

    public int MaxLogEntries { get; set; } = 10_000;

    public int MaxPointsPerSeries { get; set; } = 1_000;

    // A runaway trace or an attribute with endless values must not take all memory.
    public int MaxSpansPerTrace { get; set; } = 5_000;

    public int MaxSeriesPerInstrument { get; set; } = 200;
}
