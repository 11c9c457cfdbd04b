namespace Finsam.ServiceKit.Tests.Telemetry;

// Every tracer provider in the process hears every activity source it subscribes to, and the
// most willing one decides whether a span is recorded: tests that count exported spans run alone.
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry";
}
