using Finsam.Web.Components.Shared;
using Finsam.Web.History;

namespace Finsam.Web.Tests.History;

public sealed class HistoryLinksTests
{
    [Fact]
    public void The_history_of_a_resource_is_an_address_that_reads_back_to_the_same_filter()
    {
        Assert.Equal("/forbund/sundsvall/historik", FederationLinks.History("sundsvall"));
        Assert.Equal(
            "/forbund/sundsvall/historik?resurs=federations/sundsvall/budgets/2027&tjanst=budget",
            FederationLinks.History("sundsvall", "federations/sundsvall/budgets/2027", HistoryTexts.Slug(TrailService.Budget)));
        Assert.Equal(
            "/forbund/sundsvall/historik?resurs=federations/sundsvall&tjanst=forbund&exakt=ja",
            FederationLinks.History("sundsvall", "federations/sundsvall", HistoryTexts.Slug(TrailService.Funding), exact: true));
        Assert.All(Enum.GetValues<TrailService>(), service => Assert.Equal(service, HistoryTexts.FromSlug(HistoryTexts.Slug(service))));
        Assert.Equal(TrailService.All, HistoryTexts.FromSlug("okand"));
    }

    [Fact]
    public void Known_changes_are_named_in_Swedish_and_others_by_their_call()
    {
        Assert.Equal("Ändrade förbundet", HistoryTexts.Action("UpdateFederation"));
        Assert.Equal("RollUp", HistoryTexts.Action("RollUp"));
        Assert.Equal("Publicerade verksamhetsplanen", HistoryTexts.Action("PublishDocument", "federations/sundsvall/documents/2022/versions/1"));
        Assert.Equal("Publicerade årsredovisningen", HistoryTexts.Action("PublishDocument", "federations/sundsvall/annualReports/2022/versions/1"));
        Assert.Equal("Ändrade årsredovisningens text", HistoryTexts.Action("UpdatePlanText", "federations/sundsvall/annualReportTexts/2022"));
    }

    [Fact]
    public void Enum_values_read_as_the_other_pages_write_them()
    {
        Assert.Equal("Ansökt", HistoryTexts.Value("EFFORT_STATUS_APPLIED"));
        Assert.Equal("Kommun", HistoryTexts.Value("MEMBER_KIND_MUNICIPALITY"));
        Assert.Equal("Antagen", HistoryTexts.Value("BUDGET_STATUS_ADOPTED"));
        Assert.Equal("Jobbspåret", HistoryTexts.Value("Jobbspåret"));
    }
}
