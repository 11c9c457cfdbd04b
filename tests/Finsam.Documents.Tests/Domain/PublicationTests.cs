using Finsam.Documents.Domain;

namespace Finsam.Documents.Tests.Domain;

public sealed class PublicationTests
{
    [Fact]
    public void With_the_budget_adopted_the_document_is_final_and_may_be_published()
    {
        Assert.False(Publication.IsDraft(budgetAdopted: true));
        Assert.Null(Publication.WhyNot(budgetAdopted: true, "federations/sundsvall/budgets/2022", 1));
    }

    [Fact]
    public void Until_the_budget_is_adopted_the_document_is_a_draft_and_publishing_is_refused_naming_the_budget()
    {
        Assert.True(Publication.IsDraft(budgetAdopted: false));

        var whyNot = Publication.WhyNot(budgetAdopted: false, "federations/sundsvall/budgets/2022", 3);

        Assert.NotNull(whyNot);
        Assert.Contains("federations/sundsvall/budgets/2022", whyNot);
        Assert.Contains("version 3", whyNot);
    }

    [Fact]
    public void The_first_version_is_1()
    {
        Assert.Equal(1, Publication.NextVersion(latest: null));
        Assert.Equal(Publication.FirstVersion, Publication.NextVersion(latest: null));
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 3)]
    [InlineData(41, 42)]
    public void Each_later_version_is_numbered_on_from_the_latest(int latest, int next)
    {
        Assert.Equal(next, Publication.NextVersion(latest));
    }
}
