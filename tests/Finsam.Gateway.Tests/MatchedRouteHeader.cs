using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Yarp.ReverseProxy.Model;

namespace Finsam.Gateway.Tests;

// Names, in a response header, the gateway route that took the request (none when no route
// did), so a test sees routing's choice itself: ".../budgets/b:compute" is ComputeBudget's
// route and not GetBudget's, though both go to budget.
internal sealed class MatchedRouteHeader : IStartupFilter
{
    public const string Name = "Test-Matched-Route";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, rest) =>
        {
            context.Response.OnStarting(() =>
            {
                if (context.GetEndpoint()?.Metadata.GetMetadata<RouteModel>() is { } route)
                {
                    context.Response.Headers[Name] = route.Config.RouteId;
                }
                return Task.CompletedTask;
            });
            return rest(context);
        });
        next(app);
    };
}
