using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Finsam.Web.Public;

// Section "PublicPages": how many requests one visitor (by address) may make of the public
// pages per window; more are answered 429 with a page that says to wait.
public sealed class PublicRateLimits
{
    public const string Section = "PublicPages";
    public const string Policy = "public-visitor";

    public int PermitsPerWindow { get; set; } = 120;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    public static void Add(WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(Section).Get<PublicRateLimits>() ?? new PublicRateLimits();
        builder.Services.AddRateLimiter(options =>
        {
            options.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                Visitors.AddressOf(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.PermitsPerWindow, Window = limits.Window }));
            options.OnRejected = async (rejected, ct) =>
            {
                var response = rejected.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = ((int)limits.Window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                response.ContentType = "text/plain; charset=utf-8";
                await response.WriteAsync("För många sidor på kort tid. Vänta en stund och försök igen.", ct);
            };
        });
    }
}
