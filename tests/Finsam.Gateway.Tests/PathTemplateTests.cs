using Finsam.Contracts.Common.V1;
using Finsam.Gateway.HttpRules;
using Finsam.Gateway.Routing;
using Google.Api;

namespace Finsam.Gateway.Tests;

// How an HTTP rule's path reads: as a client writes the URL (the OpenAPI document) and as
// the gateway's route template.
public sealed class PathTemplateTests
{
    [Theory]
    [InlineData("/v1/federations", "/v1/federations", "/v1/federations")]
    [InlineData("/v1/{name=federations/*}", "/v1/federations/{federation}", "/v1/federations/{federation:noverb}")]
    [InlineData("/v1/{parent=federations/*/allocations/*}/announcements",
        "/v1/federations/{federation}/allocations/{allocation}/announcements",
        "/v1/federations/{federation}/allocations/{allocation}/announcements")]
    [InlineData("/v1/{financial_goals.name=federations/*/financialGoals}",
        "/v1/federations/{federation}/financialGoals", "/v1/federations/{federation}/financialGoals")]
    [InlineData("/v1/{name=federations/*/budgets/*}:compute",
        "/v1/federations/{federation}/budgets/{budget}:compute", "/v1/federations/{federation}/budgets/{budget}:compute")]
    [InlineData("/v1/grants:revoke", "/v1/grants:revoke", "/v1/grants:revoke")]
    [InlineData("/v1/budgetRollUps/{year}", "/v1/budgetRollUps/{year}", "/v1/budgetRollUps/{year:noverb}")]
    [InlineData("/v1/{name=people/*}", "/v1/people/{person}", "/v1/people/{person:noverb}")]
    [InlineData("/v1/{name=federations/*/bodies/*}", "/v1/federations/{federation}/bodies/{body}", "/v1/federations/{federation}/bodies/{body:noverb}")]
    [InlineData("/v1/{name=federations/*/files/**}", "/v1/federations/{federation}/files/{file}", "/v1/federations/{federation}/files/{**file}")]
    [InlineData("/v1/{a=crates/*}/{b=crates/*}", "/v1/crates/{crate}/crates/{crate_}", "/v1/crates/{crate}/crates/{crate_:noverb}")]
    [InlineData("/v1/*/items", "/v1/{v1}/items", "/v1/{v1}/items")]
    public void A_template_reads_as_a_client_path_and_as_a_route(string template, string clientPath, string route)
    {
        var path = PathTemplate.Parse(template);

        Assert.Equal(clientPath, path.ClientPath);
        Assert.Equal(route, ContractRoutes.RouteTemplateOf(Binding(template)));
    }

    [Fact]
    public void A_custom_verb_is_kept_apart_from_the_last_segment_and_the_fields_the_path_fills_are_known()
    {
        var path = PathTemplate.Parse("/v1/{budget.name=federations/*/budgets/*}:adopt");

        Assert.Equal("adopt", path.Verb);
        Assert.Equal(["federation", "budget"], path.Parameters.Select(p => p.Name));
        Assert.All(path.Parameters, p => Assert.Equal("budget.name", p.Field));
        Assert.Equal(["budget.name"], path.BoundFields);
        Assert.Null(PathTemplate.Parse("/v1/{name=federations/*}").Verb);
    }

    [Theory]
    [InlineData("v1/federations")]
    [InlineData("/v1/{name=federations/*")]
    [InlineData("/v1/name=federations/*}")]
    [InlineData("/v1/{=federations/*}")]
    [InlineData("/v1//federations")]
    [InlineData("/v1/{name=federations/*}:")]
    [InlineData("/v1/fed{name}")]
    public void A_template_the_grammar_does_not_allow_is_refused(string template) =>
        Assert.Throws<FormatException>(() => PathTemplate.Parse(template));

    [Theory]
    [InlineData("/v1/{name=federations/**}/efforts")]
    [InlineData("/v1/{name=federations/**}:compute")]
    public void A_multi_segment_variable_anywhere_but_at_the_end_cannot_be_a_route(string template)
    {
        var refusal = Assert.Throws<NotSupportedException>(() => ContractRoutes.RouteTemplateOf(Binding(template)));
        Assert.Contains("finsam.test.v1.TestService.Get", refusal.Message);
    }

    private static HttpBinding Binding(string template)
    {
        var service = ContractsForTests.Service("finsam.test.v1", "TestService",
            new ContractsForTests.Rpc("Get", new HttpRule { Get = template }, AccessLevel.Read));
        return Assert.Single(HttpBinding.Of(service.Methods[0]));
    }
}
