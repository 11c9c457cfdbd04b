using System.Net;

namespace Finsam.Gateway.Routing;

// The web app's public pages call without a token for each visitor, from the app's own address;
// counted by that address, every visitor would share one client's limit. A call from a trusted
// front end (loopback, or an address in RateLimits:FrontEnds) names the visitor in
// X-Forwarded-For, and is counted as that visitor. From anywhere else the header counts for
// nothing, so a client cannot choose its own bucket.
public static class ForwardedVisitor
{
    public static string? Of(HttpContext context, IReadOnlyCollection<string> frontEnds)
    {
        var caller = context.Connection.RemoteIpAddress;
        if (caller is null || !(IPAddress.IsLoopback(caller) || frontEnds.Contains(caller.ToString())))
        {
            return null;
        }
        // The last address is the one the front end itself added: what came before, the visitor wrote.
        var forwarded = context.Request.Headers["X-Forwarded-For"].ToString();
        var last = forwarded.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        return last is not null && IPAddress.TryParse(last, out var visitor) ? $"visitor:{visitor}" : null;
    }
}
