using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Finsam.Gateway.Routing;

// Section "RateLimits": how many requests one client (a token's subject, else an
// address) may send per window before the gateway turns it away.
public sealed class RateLimits
{
    public const string Section = "RateLimits";
    public const string PerClientPolicy = "per-client";
    private const int GrpcResourceExhausted = 8;

    public int PermitsPerWindow { get; set; } = 2000;

    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(10);

    public static void AddPerClientRateLimits(IServiceCollection services, RateLimits limits) =>
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(PerClientPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientOf(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.PermitsPerWindow, Window = limits.Window }));
            options.OnRejected = (rejected, _) => WriteRejectionAsync(rejected.HttpContext);
        });

    private static string ClientOf(HttpContext context) =>
        context.User.FindFirst("sub")?.Value ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static ValueTask WriteRejectionAsync(HttpContext context)
    {
        const string message = "Too many requests from this client; slow down and retry shortly.";
        if (context.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true)
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "application/grpc";
            context.Response.Headers["grpc-status"] = GrpcResourceExhausted.ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Response.Headers["grpc-message"] = Uri.EscapeDataString(message);
            return ValueTask.CompletedTask;
        }
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        return new ValueTask(context.Response.WriteAsJsonAsync(new { code = GrpcResourceExhausted, message }));
    }
}
