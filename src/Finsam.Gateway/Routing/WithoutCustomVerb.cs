namespace Finsam.Gateway.Routing;

// A path's last variable holds no custom verb: in the HTTP rule grammar ":compute" follows
// the last segment and is no part of it, so ".../budgets/b1:compute" is ComputeBudget's
// path and ".../budgets/b1:nonsense" is nobody's, rather than GetBudget's.
internal sealed class WithoutCustomVerb : IRouteConstraint
{
    public const string Name = "noverb";

    public static void Add(IServiceCollection services) =>
        services.Configure<RouteOptions>(options => options.SetParameterPolicy<WithoutCustomVerb>(Name));

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) is { } text && !text.Contains(':');
}
