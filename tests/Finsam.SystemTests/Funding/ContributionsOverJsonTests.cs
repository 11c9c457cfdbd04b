using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Finsam.SystemTests.Infrastructure;

namespace Finsam.SystemTests.Funding;

// The same service as plain JSON over HTTP/1.1 at the gateway, as curl or a web page uses it.
[Collection(SystemCollection.Name)]
public sealed class ContributionsOverJsonTests(FinsamSystem system)
{
    private readonly HttpClient _http = system.Json;

    [Fact]
    public async Task Sundsvall_2022_over_json()
    {
        var id = Federations.NewId("sundsvall");
        var created = await _http.PostAsJsonAsync($"/v1/federations?federation_id={id}", new
        {
            display_name = "Samordningsförbundet Sundsvall",
            members = new object[]
            {
                new { member_id = "forsakringskassan", kind = "MEMBER_KIND_FORSAKRINGSKASSAN", display_name = "Försäkringskassan" },
                new { member_id = "arbetsformedlingen", kind = "MEMBER_KIND_ARBETSFORMEDLINGEN", display_name = "Arbetsförmedlingen" },
                new { member_id = "region-vasternorrland", kind = "MEMBER_KIND_REGION", display_name = "Region Västernorrland" },
                new { member_id = "sundsvalls-kommun", kind = "MEMBER_KIND_MUNICIPALITY", display_name = "Sundsvalls kommun" },
            },
        });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);

        var allocation = await _http.PostAsJsonAsync($"/v1/federations/{id}/allocations", new
        {
            year = 2022,
            state_amount_ore = "368900000",
            status = "ALLOCATION_STATUS_DECIDED",
        });
        Assert.Equal(HttpStatusCode.OK, allocation.StatusCode);

        var contributions = await _http.GetFromJsonAsync<JsonElement>($"/v1/federations/{id}/contributions/2022");

        Assert.Equal(737_800_000, contributions.GetProperty("totalOre").GetInt64());
        Assert.Equal(
            [("forsakringskassan", 368_900_000L), ("region-vasternorrland", 184_450_000L), ("sundsvalls-kommun", 184_450_000L)],
            contributions.GetProperty("members").EnumerateArray().Select(m => (m.GetProperty("memberId").GetString(), m.GetProperty("amountOre").GetInt64())));
    }

    [Fact]
    public async Task Region_gotland_is_both_region_and_municipality_over_json()
    {
        var id = Federations.NewId("gotland");
        var created = await _http.PostAsJsonAsync($"/v1/federations?federation_id={id}", new
        {
            display_name = "Samordningsförbundet Gotland",
            members = new object[]
            {
                new { member_id = "forsakringskassan", kind = "MEMBER_KIND_FORSAKRINGSKASSAN", display_name = "Försäkringskassan" },
                new { member_id = "arbetsformedlingen", kind = "MEMBER_KIND_ARBETSFORMEDLINGEN", display_name = "Arbetsförmedlingen" },
                new { member_id = "region-gotland", kind = "MEMBER_KIND_REGION_AND_MUNICIPALITY", display_name = "Region Gotland" },
            },
        });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var allocation = await _http.PostAsJsonAsync($"/v1/federations/{id}/allocations", new { year = 2023, state_amount_ore = "123456789" });
        Assert.Equal(HttpStatusCode.OK, allocation.StatusCode);

        var contributions = await _http.GetFromJsonAsync<JsonElement>($"/v1/federations/{id}/contributions/2023");

        Assert.Equal(
            [("region-gotland", "MEMBER_KIND_REGION_AND_MUNICIPALITY", 123_456_789L)],
            contributions.GetProperty("members").EnumerateArray().Skip(1)
                .Select(m => (m.GetProperty("memberId").GetString(), m.GetProperty("kind").GetString(), m.GetProperty("amountOre").GetInt64())));
        Assert.Equal((61_728_395L, 61_728_394L), (contributions.GetProperty("regionsOre").GetInt64(), contributions.GetProperty("municipalitiesOre").GetInt64()));
    }

    [Fact]
    public async Task Bad_input_over_json_is_400_with_the_field_named()
    {
        var id = Federations.NewId();
        var response = await _http.PostAsJsonAsync($"/v1/federations?federation_id={id}", new
        {
            display_name = "Samordningsförbundet Fel",
            members = new object[] { new { member_id = "k", kind = "MEMBER_KIND_MUNICIPALITY", display_name = "K", population = -3 } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, body.GetProperty("code").GetInt32());
        var violation = body.GetProperty("details")[0].GetProperty("fieldViolations")[0];
        Assert.Equal("federation.members[0].population", violation.GetProperty("field").GetString());

        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync($"/v1/federations/{id}")).StatusCode);
    }
}
