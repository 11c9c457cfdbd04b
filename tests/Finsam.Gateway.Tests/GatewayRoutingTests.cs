using System.Net;
using System.Net.Http.Json;
using System.Text;
using Finsam.Contracts;
using Finsam.Gateway.HttpRules;
using Finsam.Gateway.Routing;

namespace Finsam.Gateway.Tests;

// Requests through the gateway itself (its routing, sign-in and YARP), forwarded over real
// HTTP/2 to a backend that echoes what reached it.
public sealed class GatewayRoutingTests(GatewayUnderTest gateway) : IClassFixture<GatewayUnderTest>
{
    [Fact]
    public async Task Every_http_binding_of_every_rpc_reaches_its_service_with_its_method_and_path()
    {
        using var client = gateway.Client("someone");
        var bindings = Bindings();
        Assert.NotEmpty(bindings);

        foreach (var (binding, index) in bindings)
        {
            var path = SamplePath(binding.Path);
            var cluster = ContractRoutes.ClusterOf(binding.Method.Service);

            var (response, echo) = await SendAsync(client, binding.HttpMethod, path);

            var rpc = $"{binding.HttpMethod} {path} ({binding.Method.FullName})";
            Assert.True(echo is not null, $"{rpc} was answered {(int)response.StatusCode} by the gateway.");
            Assert.Equal(new Echo(cluster, binding.HttpMethod, path), echo);
            Assert.Equal($"{cluster}/{binding.Method.Name}/http/{index}", RouteOf(response));
        }
    }

    [Fact]
    public async Task Without_a_token_only_the_rpcs_declared_anonymous_reach_their_service()
    {
        using var anonymous = gateway.Client();
        var reached = new List<string>();

        foreach (var (binding, _) in Bindings())
        {
            var (response, echo) = await SendAsync(anonymous, binding.HttpMethod, SamplePath(binding.Path));
            if (ContractRoutes.IsAnonymous(binding.Method))
            {
                Assert.NotNull(echo);
                reached.Add(binding.Method.Name);
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized && echo is null,
                    $"{binding.Method.FullName} without a token: {(int)response.StatusCode}, reached the service: {echo is not null}.");
            }
        }

        // The catalogue, the federations' names and published documents (plans' and annual
        // reports' addresses, a binding each), as the contracts declare today.
        Assert.Equal(["GetCatalogueEntry", "GetDocumentVersion", "GetDocumentVersion", "ListDocumentVersions", "ListDocumentVersions", "ListPublicFederations", "ListPublishedDocuments", "SearchCatalogue"], reached.Order());
    }

    [Fact]
    public async Task Every_rpc_reaches_its_service_by_its_grpc_path()
    {
        using var client = gateway.Client("someone");

        foreach (var method in ContractServices.All.SelectMany(s => s.Methods))
        {
            var path = ContractServices.PathOf(method);
            using var request = new HttpRequestMessage(HttpMethod.Post, path)
            {
                Content = new ByteArrayContent([0, 0, 0, 0, 0]) { Headers = { ContentType = new("application/grpc") } },
            };

            var (response, echo) = await SendAsync(client, request);

            Assert.True(echo is not null, $"{path} was answered {(int)response.StatusCode} by the gateway.");
            Assert.Equal(new Echo(ContractRoutes.ClusterOf(method.Service), "POST", path), echo);
        }
    }

    [Theory]
    [InlineData("POST", "/connect/token", "identity", "identity-token")]
    [InlineData("GET", "/connect/authorize", "identity", "identity-authorize")]
    [InlineData("POST", "/connect/authorize", "identity", "identity-authorize")]
    [InlineData("GET", "/connect/signin", "identity", "identity-signin-page")]
    [InlineData("POST", "/connect/signin", "identity", "identity-signin")]
    [InlineData("GET", "/connect/external", "identity", "identity-external")]
    [InlineData("GET", "/connect/external/callback", "identity", "identity-external")]
    [InlineData("GET", "/connect/endsession", "identity", "identity-endsession")]
    [InlineData("POST", "/connect/endsession", "identity", "identity-endsession")]
    [InlineData("POST", "/connect/revoke", "identity", "identity-revoke")]
    [InlineData("GET", "/.well-known/openid-configuration", "identity", "identity-discovery")]
    [InlineData("GET", "/.well-known/jwks", "identity", "identity-discovery")]
    [InlineData("GET", "/v1/federations/sundsvall/documents/2022/versions/1/files/pdf", "documents", "documents-published-files")]
    [InlineData("GET", "/v1/federations/sundsvall/annualReports/2022/versions/1/files/pdf", "documents", "documents-published-annual-report-files")]
    public async Task What_is_no_rpc_still_reaches_its_service_without_a_token(string method, string path, string cluster, string route)
    {
        using var anonymous = gateway.Client();

        var (response, echo) = await SendAsync(anonymous, method, path);

        Assert.Equal(new Echo(cluster, method, path), echo);
        Assert.Equal(route, RouteOf(response));
    }

    [Fact]
    public async Task The_api_description_is_the_gateways_own_and_open_to_anyone()
    {
        using var anonymous = gateway.Client();

        var response = await anonymous.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"/v1/federations/{federation}/budgets/{budget}:compute\"", await response.Content.ReadAsStringAsync());
        Assert.Null(RouteOf(response));
    }

    [Theory]
    [InlineData("GET", "/nope")]
    [InlineData("GET", "/v1/nothing-here")]
    // Unknown paths under a federation used to go to funding by default.
    [InlineData("GET", "/v1/federations/sundsvall/nonsense")]
    [InlineData("POST", "/v1/federations/sundsvall/nonsense")]
    [InlineData("GET", "/v1/federations/sundsvall/efforts/e1/extra")]
    // A custom verb no RPC declares is not part of the last variable.
    [InlineData("GET", "/v1/federations/sundsvall/budgets/2025:nonsense")]
    [InlineData("GET", "/v1/clients/c1")]
    [InlineData("GET", "/v1/people/p1/secrets")]
    [InlineData("GET", "/v1/federations/sundsvall/documents/2022/versions/1/files")]
    [InlineData("GET", "/v1/federations/sundsvall/documents/2022/versions/first/files/pdf")]
    [InlineData("POST", "/finsam.funding.v1.FundingService/NoSuchMethod")]
    [InlineData("POST", "/finsam.nothing.v1.NothingService/Get")]
    public async Task A_path_no_rpc_binds_is_404_from_the_gateway_even_when_signed_in(string method, string path)
    {
        using var client = gateway.Client("someone");

        var (response, echo) = await SendAsync(client, method, path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(echo);
        Assert.Null(RouteOf(response));
    }

    [Fact]
    public async Task A_path_an_rpc_binds_under_another_method_is_refused_by_the_gateway()
    {
        using var client = gateway.Client("someone");

        var (response, echo) = await SendAsync(client, "PUT", "/v1/federations/sundsvall");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Null(echo);
    }

    // Each binding with its index among its RPC's bindings (the rule first, then additional_bindings).
    private static List<(HttpBinding Binding, int Index)> Bindings() =>
        ContractServices.All.SelectMany(s => s.Methods)
            .SelectMany(m => HttpBinding.Of(m).Select((binding, index) => (binding, index)))
            .ToList();

    // A URL the binding matches: each parameter filled with a sample value.
    private static string SamplePath(PathTemplate template)
    {
        var path = new StringBuilder();
        var n = 0;
        foreach (var segment in template.Segments)
        {
            path.Append('/').Append(segment switch
            {
                { IsParameter: false } => segment.Literal,
                { IsMultiSegment: true } => $"x{++n}/y{n}",
                _ => $"x{++n}",
            });
        }
        return template.Verb is null ? path.ToString() : path.Append(':').Append(template.Verb).ToString();
    }

    private async Task<(HttpResponseMessage Response, Echo? Echo)> SendAsync(HttpClient client, string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is not "GET" and not "DELETE" and not "HEAD")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }
        return await SendAsync(client, request);
    }

    // The answer, and what the backend received if this request reached it (told apart from
    // any other request by a marker in the query).
    private async Task<(HttpResponseMessage Response, Echo? Echo)> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        var marker = Guid.NewGuid().ToString("N");
        var uri = request.RequestUri!.OriginalString;
        request.RequestUri = new Uri($"{uri}{(uri.Contains('?') ? '&' : '?')}probe={marker}", UriKind.Relative);

        var response = await client.SendAsync(request);
        if (!gateway.Services.Saw(marker))
        {
            return (response, null);
        }
        var echo = await response.Content.ReadFromJsonAsync<Echo>();
        Assert.NotNull(echo);
        return (response, echo with { PathAndQuery = echo.PathAndQuery.Replace($"?probe={marker}", "", StringComparison.Ordinal) });
    }

    private static string? RouteOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues(MatchedRouteHeader.Name, out var values) ? values.Single() : null;
}
