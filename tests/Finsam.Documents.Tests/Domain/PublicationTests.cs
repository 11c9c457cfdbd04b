using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Documents.V1;
using Finsam.Documents.Domain;

namespace Finsam.Documents.Tests.Domain;

public sealed class PublicationTests
{
    [Fact]
    public void With_the_budget_adopted_the_plan_is_final_and_may_be_published()
    {
        var plan = Plan(BudgetStatus.Adopted, version: 1);

        Assert.False(Publication.IsDraft(plan));
        Assert.Null(Publication.WhyNot(plan));
    }

    [Fact]
    public void Until_the_budget_is_adopted_the_plan_is_a_draft_and_publishing_is_refused_naming_the_budget()
    {
        var plan = Plan(BudgetStatus.Draft, version: 3);

        Assert.True(Publication.IsDraft(plan));
        var whyNot = Publication.WhyNot(plan);

        Assert.NotNull(whyNot);
        Assert.Contains("federations/sundsvall/budgets/2022", whyNot);
        Assert.Contains("version 3", whyNot);
        Assert.Equal("UTKAST – ej antagen", Publication.DraftMark(DocumentKind.Plan));
    }

    [Fact]
    public void An_annual_report_is_a_draft_until_its_year_is_closed_whatever_the_budget()
    {
        var open = Plan(BudgetStatus.Adopted, version: 1);
        open.Kind = DocumentKind.AnnualReport;
        var closed = open.Clone();
        closed.Closing = new YearClosing { ResultOre = 1 };

        Assert.True(Publication.IsDraft(open));
        Assert.Contains("2022 is not closed", Publication.WhyNot(open));
        Assert.False(Publication.IsDraft(closed));
        Assert.Null(Publication.WhyNot(closed));
        Assert.Equal("UTKAST – året ej avslutat", Publication.DraftMark(DocumentKind.AnnualReport));
        Assert.Equal("arsredovisning-2022-sundsvall", Publication.FileName(DocumentKind.AnnualReport, 2022, "sundsvall"));
        Assert.Equal("verksamhetsplan-och-budget-2022-sundsvall", Publication.FileName(DocumentKind.Plan, 2022, "sundsvall"));
    }

    private static DocumentInputs Plan(BudgetStatus status, int version) => new()
    {
        Year = 2022,
        Budget = new Budget { Name = "federations/sundsvall/budgets/2022", Status = status, Version = version },
    };

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
