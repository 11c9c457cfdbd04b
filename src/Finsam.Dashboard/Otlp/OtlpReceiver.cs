using Finsam.Dashboard.Telemetry;
using OpenTelemetry.Proto.Collector.Logs.V1;
using OpenTelemetry.Proto.Collector.Metrics.V1;
using OpenTelemetry.Proto.Collector.Trace.V1;

namespace Finsam.Dashboard.Otlp;

// What both protocols do with an export: convert and keep it.
public sealed class OtlpReceiver(TelemetryStore store)
{
    public ExportTraceServiceResponse Receive(ExportTraceServiceRequest request)
    {
        store.AddSpans(OtlpConverter.Spans(request));
        return new ExportTraceServiceResponse();
    }

    public ExportLogsServiceResponse Receive(ExportLogsServiceRequest request)
    {
        store.AddLogs(OtlpConverter.Logs(request));
        return new ExportLogsServiceResponse();
    }

    public ExportMetricsServiceResponse Receive(ExportMetricsServiceRequest request)
    {
        foreach (var (instrument, series, points) in OtlpConverter.Metrics(request))
        {
            store.AddPoints(instrument, series, points);
        }
        return new ExportMetricsServiceResponse();
    }
}
