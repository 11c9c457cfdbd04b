using System.Text;
using Finsam.Contracts.Common.V1;
using Finsam.Gateway.HttpRules;
using Google.Protobuf.Reflection;
using Yarp.ReverseProxy.Configuration;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Finsam.Gateway.Routing;

// The gateway's route for every RPC, derived from the contracts when it starts: the gRPC path
// (/finsam.funding.v1.FundingService/GetFederation) and each HTTP binding of the RPC's
// google.api.http rule with its HTTP method, to the cluster its package names
// (finsam.funding.v1 → funding). Open to anyone exactly where the RPC's access option says
// ACCESS_LEVEL_ANONYMOUS; every other RPC needs a valid token here, and the service still
// checks the caller's role. A new RPC needs no gateway edit, and a path no RPC binds matches
// no route (404). What is not an RPC (the token server, published files) is in appsettings.json.
internal static class ContractRoutes
{
    public const string AnonymousPolicy = "anonymous";
    public const string SignedInPolicy = "default";

    public static IReadOnlyList<RouteConfig> Of(IEnumerable<ServiceDescriptor> services)
    {
        var routes = new List<RouteConfig>();
        foreach (var service in services)
        {
            var cluster = ClusterOf(service);
            foreach (var method in service.Methods)
            {
                var policy = IsAnonymous(method) ? AnonymousPolicy : SignedInPolicy;
                // gRPC is always POST, but the path alone has always chosen the route; the
                // service answers any other method itself.
                routes.Add(Route($"{cluster}/{method.Name}/grpc", cluster, policy, $"/{service.FullName}/{method.Name}", methods: null));

                var index = 0;
                foreach (var binding in HttpBinding.Of(method))
                {
                    routes.Add(Route($"{cluster}/{method.Name}/http/{index++}", cluster, policy, RouteTemplateOf(binding), [binding.HttpMethod]));
                }
            }
        }
        RefuseAmbiguity(routes);
        return routes;
    }

    // "finsam.funding.v1" → "funding": the service's name in the AppHost, in service discovery
    // and among the clusters.
    public static string ClusterOf(ServiceDescriptor service)
    {
        var package = service.File.Package.Split('.');
        return package is ["finsam", { Length: > 0 } name, ['v', ..]]
            ? name
            : throw new InvalidOperationException($"{service.FullName} is not in a package 'finsam.<service>.v<n>', so no cluster can be told from it.");
    }

    public static bool IsAnonymous(MethodDescriptor method)
    {
        var options = method.GetOptions();
        return options?.HasExtension(AccessExtensions.Access) == true
            && options.GetExtension(AccessExtensions.Access).Level == AccessLevel.Anonymous;
    }

    // The binding's path as an ASP.NET Core route template: "*" is one segment, a trailing
    // "**" the rest of the path, and a custom verb a literal suffix of the last segment
    // ("{budget}:compute", which ASP.NET Core matches as a complex segment).
    public static string RouteTemplateOf(HttpBinding binding)
    {
        var path = binding.Path;
        var template = new StringBuilder();
        for (var i = 0; i < path.Segments.Count; i++)
        {
            var segment = path.Segments[i];
            var last = i == path.Segments.Count - 1;
            template.Append('/');
            if (!segment.IsParameter)
            {
                template.Append(segment.Literal);
            }
            else if (segment.IsMultiSegment)
            {
                if (!last || path.Verb is not null)
                {
                    throw new NotSupportedException(
                        $"{binding.Method.FullName} binds '{path.Template}', where '**' is not the path's end; no gateway route can match that.");
                }
                template.Append("{**").Append(segment.Name).Append('}');
            }
            else
            {
                template.Append('{').Append(segment.Name).Append(last && path.Verb is null ? $":{WithoutCustomVerb.Name}}}" : "}");
            }
        }
        return path.Verb is null ? template.ToString() : template.Append(':').Append(path.Verb).ToString();
    }

    private static RouteConfig Route(string id, string cluster, string policy, string path, IReadOnlyList<string>? methods) => new()
    {
        RouteId = id,
        ClusterId = cluster,
        AuthorizationPolicy = policy,
        RateLimiterPolicy = RateLimits.PerClientPolicy,
        Match = new RouteMatch { Path = path, Methods = methods },
    };

    // Two RPCs bound to one method and path shape (literals match in any case) would make
    // every such request ambiguous: refuse to start instead, naming both.
    private static void RefuseAmbiguity(List<RouteConfig> routes)
    {
        var clash = routes
            .GroupBy(r => (Shape: ShapeOf(r.Match.Path!).ToLowerInvariant(), Methods: string.Join(',', r.Match.Methods ?? ["*"])))
            .FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            throw new InvalidOperationException(
                $"{string.Join(" and ", clash.Select(r => r.RouteId))} bind the same path ({clash.Key.Shape}) and method; a request could not tell them apart.");
        }
    }

    // "/v1/federations/{federation}/budgets/{budget:noverb}" → "/v1/federations/{}/budgets/{}".
    private static string ShapeOf(string template)
    {
        var shape = new StringBuilder();
        var depth = 0;
        foreach (var c in template)
        {
            if (c == '{' && depth++ == 0)
            {
                shape.Append("{}");
            }
            else if (c == '}')
            {
                depth--;
            }
            else if (depth == 0)
            {
                shape.Append(c);
            }
        }
        return shape.ToString();
    }
}
