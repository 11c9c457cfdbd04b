using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Finsam.ServiceDefaults.Telemetry;

// The framework's own lines about every request (ASP.NET Core's request started/finished and
// endpoint executed, each SQL command EF Core runs, four lines per outgoing HTTP call, gRPC's
// call lines) at Information were some twenty-five log records per budget computation,
// each formatted for the console and exported: more CPU than the computation itself, and
// nothing a trace does not show better. Where a developer or operator watches the console
// (Finsam:Telemetry:RequestLogs, on in the Development profile) they stay; elsewhere they are
// kept from Warning up. Finsam's own lines stay at Information. Logging:LogLevel:<category> in
// configuration wins.
public static class FrameworkLogLevels
{
    public static readonly IReadOnlyList<string> PerRequestCategories =
    [
        "Microsoft.AspNetCore",
        "Microsoft.EntityFrameworkCore",
        "System.Net.Http.HttpClient",
        "Grpc",
        "Npgsql",
        "Polly",
    ];

    public static void Apply(IHostApplicationBuilder builder, TelemetrySettings telemetry)
    {
        if (telemetry.RequestLogs)
        {
            return;
        }
        foreach (var category in PerRequestCategories)
        {
            if (builder.Configuration[$"Logging:LogLevel:{category}"] is null)
            {
                builder.Logging.AddFilter(category, LogLevel.Warning);
            }
        }
    }
}
