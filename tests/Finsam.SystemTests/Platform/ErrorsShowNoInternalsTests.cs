using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.SystemTests.Infrastructure;

namespace Finsam.SystemTests.Platform;

// Issue #12: whatever goes wrong, the answer is a gRPC status or a JSON error body, with no
// stack trace, no echoed header, no internal address or .NET type name, and the field named.
[Collection(SystemCollection.Name)]
public sealed class ErrorsShowNoInternalsTests(FinsamSystem system)
{
    private const string SecretBearer = "Bearer not-a-token-but-a-secret-4711";
    private const string SecretCookie = "session=cookie-secret-0815";

    [Fact]
    public async Task The_token_endpoint_answers_an_over_long_form_key_with_a_json_error()
    {
        var form = new string('k', 3000) + "=1&grant_type=client_credentials&client_id=anna&client_secret=x";

        var (status, body) = await PostTokenFormAsync(form);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        AssertIsSafeJsonError(body);
    }

    [Fact]
    public async Task The_token_endpoint_answers_a_nul_in_a_field_with_a_json_error()
    {
        var (status, body) = await PostTokenFormAsync("grant_type=client_credentials&client_id=an%00na&client_secret=x");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        AssertIsSafeJsonError(body);
    }

    [Fact]
    public async Task A_wrong_enum_value_in_json_names_the_field_and_lists_the_valid_values()
    {
        var id = await CreateFederationAsync();

        var (status, body) = await PostJsonAsync($"/v1/federations/{id}/budgets",
            """{"first_year": 2022, "cost_groups": [{"key": "styrelse", "label": "Styrelse", "kind": "COST_GROUP_KIND_NOPE"}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var violation = Assert.Single(AssertIsSafeJsonError(body, expectedCode: 3));
        Assert.Equal("budget.cost_groups[0].kind", violation.Field);
        Assert.Equal("INVALID_VALUE", violation.Reason);
        Assert.Contains("COST_GROUP_KIND_BOARD", violation.Description);
        Assert.Contains("COST_GROUP_KIND_ADMINISTRATION", violation.Description);
        Assert.Contains("COST_GROUP_KIND_OTHER", violation.Description);
        Assert.DoesNotContain("Finsam.Contracts", body);
    }

    [Fact]
    public async Task A_number_where_text_is_wanted_names_the_field()
    {
        var (status, body) = await PostJsonAsync($"/v1/federations?federation_id={Federations.NewId()}",
            """{"display_name": 12, "members": [{"member_id": "fk", "kind": "MEMBER_KIND_FORSAKRINGSKASSAN", "display_name": true}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var violations = AssertIsSafeJsonError(body, expectedCode: 3);
        Assert.Equal(["federation.display_name", "federation.members[0].display_name"], violations.Select(v => v.Field));
        Assert.All(violations, v => Assert.Equal("INVALID_TYPE", v.Reason));
    }

    [Fact]
    public async Task A_query_parameter_that_is_not_a_number_names_the_parameter()
    {
        var (status, body) = await GetJsonAsync("/v1/federations?page_size=many");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var violation = Assert.Single(AssertIsSafeJsonError(body, expectedCode: 3));
        Assert.Equal("page_size", violation.Field);
    }

    [Theory]
    [InlineData("AA")]
    [InlineData("AAAA")]
    [InlineData("_w")]
    [InlineData("!!")]
    public async Task A_garbage_page_token_is_invalid_argument_on_the_catalogue_federations_and_efforts(string token)
    {
        var id = await CreateFederationAsync();

        Assert.Equal(["page_token"], await RpcAssert.IsInvalid(() =>
            system.Grants.SearchCatalogueAsync(new SearchCatalogueRequest { PageToken = token }).ResponseAsync));
        Assert.Equal(["page_token"], await RpcAssert.IsInvalid(() =>
            system.Funding.ListFederationsAsync(new ListFederationsRequest { PageToken = token }).ResponseAsync));
        Assert.Equal(["page_token"], await RpcAssert.IsInvalid(() =>
            system.Grants.ListEffortsAsync(new ListEffortsRequest { Parent = $"federations/{id}", PageToken = token }).ResponseAsync));

        // The same, anonymously over JSON, as the catalogue's readers call it.
        using var anonymous = new HttpClient { BaseAddress = system.GatewayHttp };
        var response = await anonymous.GetAsync($"/v1/catalogue?page_token={Uri.EscapeDataString(token)}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("page_token", Assert.Single(AssertIsSafeJsonError(body, expectedCode: 3)).Field);
    }

    private async Task<string> CreateFederationAsync()
    {
        var id = Federations.NewId("err");
        await system.Funding.CreateFederationAsync(new CreateFederationRequest { FederationId = id, Federation = Federations.Sundsvall() });
        return id;
    }

    private async Task<(HttpStatusCode, string)> PostTokenFormAsync(string form)
    {
        using var http = new HttpClient { BaseAddress = system.GatewayHttp };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new StringContent(form, Encoding.ASCII, "application/x-www-form-urlencoded"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", SecretBearer);
        request.Headers.TryAddWithoutValidation("Cookie", SecretCookie);
        using var response = await http.SendAsync(request);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<(HttpStatusCode, string)> PostJsonAsync(string path, string json)
    {
        using var response = await system.Json.PostAsync(path, new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json")));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<(HttpStatusCode, string)> GetJsonAsync(string path)
    {
        using var response = await system.Json.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private sealed record Violation(string Field, string Description, string Reason);

    // A google.rpc.Status body with nothing internal in it; its field violations, each with a reason.
    private static List<Violation> AssertIsSafeJsonError(string body, int? expectedCode = null)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(body);
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var code = root.GetProperty("code").GetInt32();
        Assert.NotEqual(0, code);
        if (expectedCode is { } expected)
        {
            Assert.Equal(expected, code);
        }
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("message").GetString()));
        foreach (var leak in new[] { "   at ", "Exception", "System.", "Microsoft.", "Finsam.", "localhost:", "not-a-token-but-a-secret", "cookie-secret" })
        {
            Assert.DoesNotContain(leak, body);
        }

        var violations = new List<Violation>();
        if (root.TryGetProperty("details", out var details))
        {
            foreach (var detail in details.EnumerateArray())
            {
                if (!detail.TryGetProperty("fieldViolations", out var fieldViolations))
                {
                    continue;
                }
                foreach (var v in fieldViolations.EnumerateArray())
                {
                    var violation = new Violation(v.GetProperty("field").GetString()!, v.GetProperty("description").GetString()!,
                        v.TryGetProperty("reason", out var reason) ? reason.GetString()! : "");
                    Assert.Matches("^[A-Z][A-Z_]*$", violation.Reason);
                    violations.Add(violation);
                }
            }
        }
        return violations;
    }
}
