using Finsam.Contracts;
using Finsam.Contracts.Common.V1;
using Finsam.Gateway.Routing;
using Google.Api;
using Google.Protobuf.Reflection;

namespace Finsam.Gateway.Tests;

// The routes derived from the contracts, read as data: which cluster, method, path and policy.
// (GatewayRoutingTests sends requests through them.)
public sealed class ContractRoutesTests
{
    // Where each service runs: the AppHost's names, which the clusters carry.
    private static readonly Dictionary<string, string> Clusters = new()
    {
        ["finsam.funding.v1.FundingService"] = "funding",
        ["finsam.grants.v1.GrantsService"] = "grants",
        ["finsam.budget.v1.BudgetService"] = "budget",
        ["finsam.documents.v1.DocumentService"] = "documents",
        ["finsam.identity.v1.AccessService"] = "identity",
    };

    private readonly IReadOnlyList<Yarp.ReverseProxy.Configuration.RouteConfig> _routes = ContractRoutes.Of(ContractServices.All);

    [Fact]
    public void Every_http_binding_of_every_rpc_has_a_route_to_its_service_with_its_method()
    {
        var bindings = ContractServices.All.SelectMany(s => s.Methods).SelectMany(m => RulesOf(m).Select(rule => (Method: m, Rule: rule))).ToList();
        Assert.True(bindings.Count >= 60, $"Only {bindings.Count} HTTP bindings in the contracts.");

        var httpRoutes = _routes.Where(r => r.RouteId.Contains("/http/", StringComparison.Ordinal)).ToList();
        Assert.Equal(bindings.Count, httpRoutes.Count);
        foreach (var (method, rule) in bindings)
        {
            var (verb, template) = VerbAndTemplate(rule);
            var route = Assert.Single(httpRoutes, r =>
                r.RouteId.StartsWith($"{Clusters[method.Service.FullName]}/{method.Name}/", StringComparison.Ordinal)
                && r.Match.Methods!.SequenceEqual([verb])
                && Stripped(r.Match.Path!) == Stripped(template));
            Assert.Equal(Clusters[method.Service.FullName], route.ClusterId);
            Assert.Equal(RateLimits.PerClientPolicy, route.RateLimiterPolicy);
        }
    }

    [Fact]
    public void Every_rpc_has_a_route_for_its_grpc_path_to_its_service_for_any_method()
    {
        var methods = ContractServices.All.SelectMany(s => s.Methods).ToList();
        var grpcRoutes = _routes.Where(r => r.RouteId.EndsWith("/grpc", StringComparison.Ordinal)).ToList();

        Assert.Equal(methods.Count, grpcRoutes.Count);
        foreach (var method in methods)
        {
            var route = Assert.Single(grpcRoutes, r => r.Match.Path == $"/{method.Service.FullName}/{method.Name}");
            Assert.Equal(Clusters[method.Service.FullName], route.ClusterId);
            Assert.Null(route.Match.Methods);
        }
    }

    [Fact]
    public void A_route_is_open_to_anyone_exactly_where_its_rpc_is_declared_anonymous()
    {
        foreach (var method in ContractServices.All.SelectMany(s => s.Methods))
        {
            var declared = method.GetOptions().GetExtension(AccessExtensions.Access).Level;
            var expected = declared == AccessLevel.Anonymous ? "anonymous" : "default";
            var routes = _routes.Where(r => r.RouteId.StartsWith($"{Clusters[method.Service.FullName]}/{method.Name}/", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(routes);
            Assert.All(routes, r => Assert.True(expected == r.AuthorizationPolicy, $"{r.RouteId} is '{r.AuthorizationPolicy}', its RPC {declared}."));
        }

        // The public's RPCs today: the catalogue, the federations' names and published documents, nothing else.
        Assert.Equal(
            ["DownloadDocumentVersion", "GetCatalogueEntry", "GetDocumentVersion", "ListDocumentVersions", "ListPublicFederations", "ListPublishedDocuments", "SearchCatalogue"],
            _routes.Where(r => r.AuthorizationPolicy == "anonymous").Select(r => r.RouteId.Split('/')[1]).Distinct().Order());
    }

    [Fact]
    public void Additional_bindings_and_custom_methods_each_get_a_route_and_an_rpc_without_a_rule_only_its_grpc_path()
    {
        var service = ContractsForTests.Service("finsam.archive.v1", "ArchiveService",
            new ContractsForTests.Rpc("GetCrate",
                new HttpRule
                {
                    Get = "/v1/{name=crates/*}",
                    AdditionalBindings =
                    {
                        new HttpRule { Get = "/v1/{name=racks/*/crates/*}" },
                        new HttpRule { Custom = new CustomHttpPattern { Kind = "head", Path = "/v1/{name=crates/*}" } },
                    },
                },
                AccessLevel.Anonymous),
            new ContractsForTests.Rpc("Sweep", Access: AccessLevel.Administer),
            new ContractsForTests.Rpc("Unruled", new HttpRule { Post = "/v1/crates:unruled" }));

        var routes = ContractRoutes.Of([service]);

        Assert.Equal(
            [
                ("archive/GetCrate/grpc", "/finsam.archive.v1.ArchiveService/GetCrate", "", "anonymous"),
                ("archive/GetCrate/http/0", "/v1/crates/{crate:noverb}", "GET", "anonymous"),
                ("archive/GetCrate/http/1", "/v1/racks/{rack}/crates/{crate:noverb}", "GET", "anonymous"),
                ("archive/GetCrate/http/2", "/v1/crates/{crate:noverb}", "HEAD", "anonymous"),
                ("archive/Sweep/grpc", "/finsam.archive.v1.ArchiveService/Sweep", "", "default"),
                // An RPC that declares no access rule is nobody's to call: never open here.
                ("archive/Unruled/grpc", "/finsam.archive.v1.ArchiveService/Unruled", "", "default"),
                ("archive/Unruled/http/0", "/v1/crates:unruled", "POST", "default"),
            ],
            routes.Select(r => (r.RouteId, r.Match.Path, string.Join(',', r.Match.Methods ?? []), r.AuthorizationPolicy)));
        Assert.All(routes, r => Assert.Equal("archive", r.ClusterId));
    }

    [Fact]
    public void Two_rpcs_bound_to_one_method_and_path_stop_the_gateway_from_starting()
    {
        var service = ContractsForTests.Service("finsam.archive.v1", "ArchiveService",
            new ContractsForTests.Rpc("GetCrate", new HttpRule { Get = "/v1/{name=crates/*}" }, AccessLevel.Read),
            // Another variable name and another case of the literal: still the same path.
            new ContractsForTests.Rpc("GetBox", new HttpRule { Get = "/v1/{box=Crates/*}" }, AccessLevel.Read),
            new ContractsForTests.Rpc("DeleteCrate", new HttpRule { Delete = "/v1/{name=crates/*}" }, AccessLevel.Write));

        var refusal = Assert.Throws<InvalidOperationException>(() => ContractRoutes.Of([service]));

        Assert.Contains("archive/GetCrate/http/0", refusal.Message);
        Assert.Contains("archive/GetBox/http/0", refusal.Message);
        Assert.DoesNotContain("DeleteCrate", refusal.Message);
    }

    [Theory]
    [InlineData("finsam.archive")]
    [InlineData("archive.v1")]
    [InlineData("finsam.archive.beta")]
    public void A_service_outside_a_finsam_service_package_names_no_cluster(string package)
    {
        var service = ContractsForTests.Service(package, "ArchiveService", new ContractsForTests.Rpc("GetCrate"));

        var refusal = Assert.Throws<InvalidOperationException>(() => ContractRoutes.Of([service]));
        Assert.Contains($"{package}.ArchiveService", refusal.Message);
    }

    private static IEnumerable<HttpRule> RulesOf(MethodDescriptor method)
    {
        var options = method.GetOptions();
        if (options?.HasExtension(AnnotationsExtensions.Http) != true)
        {
            return [];
        }
        var rule = options.GetExtension(AnnotationsExtensions.Http);
        return new[] { rule }.Concat(rule.AdditionalBindings);
    }

    private static (string Verb, string Template) VerbAndTemplate(HttpRule rule) => rule.PatternCase switch
    {
        HttpRule.PatternOneofCase.Get => ("GET", rule.Get),
        HttpRule.PatternOneofCase.Post => ("POST", rule.Post),
        HttpRule.PatternOneofCase.Put => ("PUT", rule.Put),
        HttpRule.PatternOneofCase.Patch => ("PATCH", rule.Patch),
        HttpRule.PatternOneofCase.Delete => ("DELETE", rule.Delete),
        _ => throw new NotSupportedException(rule.PatternCase.ToString()),
    };

    // Literals and verbs only, every variable as "*", so a route and its rule compare:
    // "/v1/{name=federations/*/budgets/*}:compute" and "/v1/federations/{federation}/budgets/{budget}:compute"
    // both read "/v1/federations/*/budgets/*:compute".
    private static string Stripped(string template) =>
        System.Text.RegularExpressions.Regex.Replace(
            System.Text.RegularExpressions.Regex.Replace(template, @"\{[^}=]*=([^}]*)\}", "$1"),
            @"\{[^}]*\}", "*");
}
