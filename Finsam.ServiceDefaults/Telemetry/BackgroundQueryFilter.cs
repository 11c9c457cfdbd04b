using System.Diagnostics;
using OpenTelemetry;

namespace Finsam.ServiceDefaults.Telemetry;

// A database call that no request made (the health check's probe every second, the
// migration at start) would be a trace of its own and drown the ones people look for:
// it is not recorded. Calls made while serving a request stay in that request's trace.
public sealed class BackgroundQueryFilter : BaseProcessor<Activity>
{
    public override void OnStart(Activity data)
    {
        if (data.Source.Name == "Npgsql" && data.ParentSpanId == default)
        {
            data.ActivityTraceFlags &= ~ActivityTraceFlags.Recorded;
            data.IsAllDataRequested = false;
        }
    }
}
