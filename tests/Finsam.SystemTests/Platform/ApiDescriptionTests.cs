using System.Net;
using System.Text.Json;
using Finsam.SystemTests.Infrastructure;
using Grpc.Core;
using Grpc.Reflection.V1Alpha;

namespace Finsam.SystemTests.Platform;

// What a client app's developer finds at the gateway with no token: the OpenAPI document
// and its page, gRPC server reflection, and an OpenID configuration it can follow.
[Collection(SystemCollection.Name)]
public sealed class ApiDescriptionTests(FinsamSystem system)
{
    [Fact]
    public async Task The_openapi_document_describes_every_service_json_api_as_a_client_calls_it()
    {
        using var http = new HttpClient { BaseAddress = system.GatewayHttp };

        var document = JsonDocument.Parse(await http.GetStringAsync("/openapi/v1.json")).RootElement;

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        var paths = document.GetProperty("paths");
        Assert.True(paths.GetProperty("/v1/federations/{federation}/allocations").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/v1/federations/{federation}/budgets/{budget}:adopt").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/v1/federations/{federation}/planTexts/{planText}").TryGetProperty("patch", out _));
        Assert.True(paths.GetProperty("/v1/people").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/v1/federations/{federation}/efforts").TryGetProperty("get", out _));
        var budget = document.GetProperty("components").GetProperty("schemas").GetProperty("finsam.budget.v1.Budget");
        Assert.Equal("array", budget.GetProperty("properties").GetProperty("costGroups").GetProperty("type").GetString());
        Assert.Equal("int64", budget.GetProperty("properties").GetProperty("openingEquityOre").GetProperty("format").GetString());
    }

    [Fact]
    public async Task The_reference_page_is_html_rendered_from_the_document()
    {
        using var http = new HttpClient { BaseAddress = system.GatewayHttp };

        var response = await http.GetAsync("/openapi");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("BudgetService", page);
        Assert.Contains("/v1/federations/{federation}/budgets/{budget}:compute", page);
        Assert.DoesNotContain("<script", page);
    }

    [Fact]
    public async Task Server_reflection_at_the_gateway_lists_every_service_and_gives_their_files()
    {
        var reflection = new ServerReflection.ServerReflectionClient(system.Channel.WithToken(""));
        using var call = reflection.ServerReflectionInfo();

        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { FileContainingSymbol = "finsam.budget.v1.BudgetService" });
        await call.RequestStream.CompleteAsync();
        var answers = await call.ResponseStream.ReadAllAsync().ToListAsync();

        Assert.Equal(
            ["finsam.budget.v1.BudgetService", "finsam.documents.v1.DocumentService", "finsam.funding.v1.FundingService",
             "finsam.grants.v1.GrantsService", "finsam.identity.v1.AccessService"],
            answers[0].ListServicesResponse.Service.Select(s => s.Name).Order());
        Assert.NotEmpty(answers[1].FileDescriptorResponse.FileDescriptorProto);
    }

    [Fact]
    public async Task The_openid_configuration_at_the_gateway_names_addresses_a_client_outside_can_reach()
    {
        using var http = new HttpClient { BaseAddress = system.GatewayHttp };
        var gateway = system.GatewayHttp.GetLeftPart(UriPartial.Authority);

        var configuration = JsonDocument.Parse(await http.GetStringAsync("/.well-known/openid-configuration")).RootElement;

        Assert.Equal($"{gateway}/connect/token", configuration.GetProperty("token_endpoint").GetString());
        var keys = configuration.GetProperty("jwks_uri").GetString()!;
        Assert.StartsWith(gateway + "/", keys);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(keys)).StatusCode);
    }
}
