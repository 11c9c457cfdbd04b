using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Finsam.ServiceDefaults.Telemetry;

// The framework's own lines about every request (ASP.NET Core's request started/finished and
// endpoint executed, each SQL command EF Core runs, four lines per outgoing HTTP call, gRPC's
// call lines) at Information were some twenty-five log records per budget computation,
// each formatted for the console and exported: more CPU than the computation itself, and
// nothing a trace does not show better. They are kept from Warning up. Where a developer or
// operator watches the console (Finsam:Telemetry:RequestLogs, on in the Development profile),
// each request's own two lines (started, finished with its status and time) stay, as an
// access log. Finsam's own lines stay at Information. Logging:LogLevel:<category> in
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

    // ASP.NET Core's "Request starting" and "Request finished".
    public const string AccessLogCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    public static void Apply(IHostApplicationBuilder builder, TelemetrySettings telemetry)
    {
        foreach (var category in PerRequestCategories)
        {
            if (builder.Configuration[$"Logging:LogLevel:{category}"] is null)
            {
                builder.Logging.AddFilter(category, LogLevel.Warning);
            }
        }
        if (telemetry.RequestLogs && builder.Configuration[$"Logging:LogLevel:{AccessLogCategory}"] is null)
        {
            // The more specific category wins over Microsoft.AspNetCore's Warning.
            builder.Logging.AddFilter(AccessLogCategory, LogLevel.Information);
        }
    }
}
