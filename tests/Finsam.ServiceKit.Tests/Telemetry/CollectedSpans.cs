using System.Diagnostics;
using OpenTelemetry;

namespace Finsam.ServiceKit.Tests.Telemetry;

// What a process would export: the spans its tracer provider kept, as the OTLP exporter gets them.
public sealed class CollectedSpans : BaseExporter<Activity>
{
    private readonly List<Activity> _spans = [];

    public IReadOnlyList<Activity> All
    {
        get
        {
            lock (_spans)
            {
                return [.. _spans];
            }
        }
    }

    public override ExportResult Export(in Batch<Activity> batch)
    {
        lock (_spans)
        {
            foreach (var span in batch)
            {
                _spans.Add(span);
            }
        }
        return ExportResult.Success;
    }
}
