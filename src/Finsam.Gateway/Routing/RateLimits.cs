using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Finsam.Gateway.Routing;

// Section "RateLimits": how many requests one client (a token's subject, else an
// address) may send per window before the gateway turns it away.
public sealed class RateLimits
{
    public const string Section = "RateLimits";
    public const string PerClientPolicy = "per-client";
    public const string TokenPolicy = "token";

    public int PermitsPerWindow { get; set; } = 2000;

    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(10);

    // The token endpoint and the sign-in form (its POST) take passwords and secrets: a
    // tighter bucket per address, shared by both, so guessing is slow even before the
    // identity service locks an account.
    public int TokenPermitsPerWindow { get; set; } = 30;

    public TimeSpan TokenWindow { get; set; } = TimeSpan.FromMinutes(1);

    // Addresses besides loopback of front ends (the web app) whose anonymous calls are counted
    // per visitor they forward (ForwardedVisitor).
    public List<string> FrontEnds { get; set; } = [];

    public static void AddPerClientRateLimits(IServiceCollection services, RateLimits limits) =>
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(PerClientPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientOf(context, limits.FrontEnds),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.PermitsPerWindow, Window = limits.Window }));
            options.AddPolicy(TokenPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.TokenPermitsPerWindow, Window = limits.TokenWindow }));
            options.OnRejected = (rejected, _) => WriteRejectionAsync(rejected.HttpContext);
        });

    private static string ClientOf(HttpContext context, IReadOnlyCollection<string> frontEnds) =>
        context.User.FindFirst("sub")?.Value ?? ForwardedVisitor.Of(context, frontEnds) ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static ValueTask WriteRejectionAsync(HttpContext context) =>
        new(GatewayErrorResponses.WriteAsync(context, GatewayErrorResponses.GrpcResourceExhausted, StatusCodes.Status429TooManyRequests,
            "Too many requests from this client; slow down and retry shortly."));
}
