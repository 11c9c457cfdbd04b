using Finsam.Budget.Dependencies;
using Finsam.ServiceKit.Grpc;
using Google.Rpc;
using Grpc.Core;
using Funding = Finsam.Contracts.Funding.V1;
using Grants = Finsam.Contracts.Grants.V1;

namespace Finsam.Budget.Tests;

// The budget asks funding and grants once each per budget, at the same time.
public sealed class OtherServicesTests
{
    // A budget of 2022 with plan for 2023 and 2024.
    private static readonly Finsam.Contracts.Budget.V1.Budget ThreeYears = new() { FirstYear = 2022, PlanYears = 3 };

    [Fact]
    public async Task A_budgets_figures_are_one_call_to_funding_and_one_to_grants_made_side_by_side()
    {
        var funding = new FakeFunding();
        var grants = new FakeGrants();
        var reading = new OtherServices(funding, grants, new KeptAnswers(), new KnownPlans()).FiguresAsync("sundsvall", ThreeYears, CancellationToken.None);

        // Both were asked before either answered.
        Assert.Equal([("federations/sundsvall", 2022, 2024)], funding.Asked);
        Assert.Equal([("federations/sundsvall", 2022, 2024)], grants.Asked);
        Assert.False(reading.IsCompleted);

        grants.Answer.SetResult(new Grants.EffortCosts { Lines = { new Grants.EffortCostLine { Year = 2022, Description = "Psykolog", AmountOre = 100 } } });
        funding.Answer.SetResult(new Funding.Income
        {
            Years =
            {
                new Funding.YearIncome
                {
                    Year = 2022,
                    Contributions = new Funding.Contributions { Members = { new Funding.MemberContribution { DisplayName = "Försäkringskassan", AmountOre = 300 } } },
                    OtherIncome = { new Funding.OtherIncome { Note = "", AmountOre = 5 } },
                },
                new Funding.YearIncome { Year = 2023, Contributions = new Funding.Contributions { Members = { new Funding.MemberContribution { DisplayName = "Försäkringskassan", AmountOre = 310 } } } },
            },
        });
        var figures = await reading;

        // As the services said it: an adopted budget keeps exactly this.
        Assert.Equal([2022, 2023], figures.Income.Years.Select(y => y.Year));
        Assert.Equal(5, Assert.Single(figures.Income.Years[0].OtherIncome).AmountOre);
        Assert.Equal("Psykolog", Assert.Single(figures.EffortCosts.Lines).Description);
    }

    [Fact]
    public async Task A_year_without_an_allocation_is_named_as_funding_names_it()
    {
        var funding = new FakeFunding();
        var grants = new FakeGrants();
        funding.Answer.SetException(GrpcErrors.FailedPrecondition("federations/sundsvall/allocations/2023", "No state allocation is recorded for 2023; record it first."));
        grants.Answer.SetResult(new Grants.EffortCosts());

        var failure = await Assert.ThrowsAsync<RpcException>(() => new OtherServices(funding, grants, new KeptAnswers(), new KnownPlans()).FiguresAsync("sundsvall", ThreeYears, CancellationToken.None));

        Assert.Equal(StatusCode.FailedPrecondition, failure.StatusCode);
        Assert.Equal("Funding has no contributions for 2023: No state allocation is recorded for 2023; record it first.", failure.Status.Detail);
        Assert.Equal("federations/sundsvall/allocations/2023", Assert.Single(failure.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations).Subject);
    }

    [Fact]
    public async Task When_both_fail_fundings_failure_is_the_one_reported()
    {
        var funding = new FakeFunding();
        var grants = new FakeGrants();
        var reading = new OtherServices(funding, grants, new KeptAnswers(), new KnownPlans()).FiguresAsync("sundsvall", ThreeYears, CancellationToken.None);
        grants.Answer.SetException(GrpcErrors.Unavailable("grants"));
        funding.Answer.SetException(GrpcErrors.Unavailable("funding"));

        var failure = await Assert.ThrowsAsync<RpcException>(() => reading);

        Assert.Equal("funding is unavailable; try again shortly.", failure.Status.Detail);
    }

    [Fact]
    public async Task An_answer_kept_from_last_time_is_used_while_the_service_says_its_data_is_unchanged()
    {
        var (funding, grants) = (new FakeFunding(), new FakeGrants());
        var services = new OtherServices(funding, grants, new KeptAnswers(), new KnownPlans());
        funding.AnswerNext(IncomeOf(2022, 300, version: "7"));
        grants.AnswerNext(new Grants.EffortCosts { Version = "3", Lines = { new Grants.EffortCostLine { Year = 2022, Description = "Psykolog", AmountOre = 100 } } });
        await services.FiguresAsync("sundsvall", ThreeYears, CancellationToken.None);

        funding.AnswerNext(new Funding.Income { Version = "7", Unchanged = true });
        grants.AnswerNext(new Grants.EffortCosts { Version = "3", Unchanged = true });
        var again = await services.FiguresAsync("sundsvall", ThreeYears, CancellationToken.None);

        Assert.Equal(["", "7"], funding.KnownVersions);
        Assert.Equal(["", "3"], grants.KnownVersions);
        Assert.Equal(300, again.Income.Years.Single().Contributions.Members.Single().AmountOre);
        Assert.Equal("Psykolog", again.EffortCosts.Lines.Single().Description);
    }

    [Fact]
    public async Task A_new_answer_replaces_the_kept_one_and_its_version_is_asked_about_next()
    {
        var (funding, grants) = (new FakeFunding(), new FakeGrants());
        var services = new OtherServices(funding, grants, new KeptAnswers(), new KnownPlans());
        grants.AnswerNext(new Grants.EffortCosts { Version = "3" });
        funding.AnswerNext(IncomeOf(2022, 300, version: "7"));
        await services.FiguresAsync("sundsvall", ThreeYears, CancellationToken.None);

        funding.AnswerNext(IncomeOf(2022, 310, version: "8"));
        var changed = await services.FiguresAsync("sundsvall", ThreeYears, CancellationToken.None);
        funding.AnswerNext(new Funding.Income { Version = "8", Unchanged = true });
        var after = await services.FiguresAsync("sundsvall", ThreeYears, CancellationToken.None);

        Assert.Equal(["", "7", "8"], funding.KnownVersions);
        Assert.Equal(310, changed.Income.Years.Single().Contributions.Members.Single().AmountOre);
        Assert.Equal(310, after.Income.Years.Single().Contributions.Members.Single().AmountOre);
    }

    [Fact]
    public async Task An_answer_without_a_version_is_not_kept_and_the_next_call_asks_for_the_whole_answer()
    {
        var (funding, grants) = (new FakeFunding(), new FakeGrants());
        var services = new OtherServices(funding, grants, new KeptAnswers(), new KnownPlans());
        grants.AnswerNext(new Grants.EffortCosts());
        funding.AnswerNext(IncomeOf(2022, 300, version: ""));
        await services.FiguresAsync("sundsvall", ThreeYears, CancellationToken.None);
        await services.FiguresAsync("sundsvall", ThreeYears, CancellationToken.None);

        Assert.Equal(["", ""], funding.KnownVersions);
        Assert.Equal(["", ""], grants.KnownVersions);
    }

    [Fact]
    public async Task Answers_are_kept_per_federation_and_years()
    {
        var (funding, grants) = (new FakeFunding(), new FakeGrants());
        var services = new OtherServices(funding, grants, new KeptAnswers(), new KnownPlans());
        grants.AnswerNext(new Grants.EffortCosts { Version = "3" });
        funding.AnswerNext(IncomeOf(2022, 300, version: "7"));
        await services.FiguresAsync("sundsvall", ThreeYears, CancellationToken.None);
        await services.FiguresAsync("timra", ThreeYears, CancellationToken.None);
        await services.FiguresAsync("sundsvall", new Finsam.Contracts.Budget.V1.Budget { FirstYear = 2022, PlanYears = 1 }, CancellationToken.None);

        Assert.Equal(["", "", ""], funding.KnownVersions);
    }

    [Fact]
    public async Task A_budget_read_for_the_first_time_has_its_figures_asked_once_it_is_read()
    {
        var (funding, grants) = (new FakeFunding(), new FakeGrants());
        var services = new OtherServices(funding, grants, new KeptAnswers(), new KnownPlans());

        using var ahead = services.AskAhead("sundsvall", 2022, CancellationToken.None);
        Assert.Empty(funding.Asked);
        Assert.Empty(grants.Asked);

        AnswerBoth(funding, grants);
        await ahead.ForAsync(ThreeYears);
        Assert.Equal([("federations/sundsvall", 2022, 2024)], funding.Asked);
        Assert.Equal([("federations/sundsvall", 2022, 2024)], grants.Asked);
    }

    [Fact]
    public async Task A_budget_read_before_has_its_figures_asked_before_it_is_read_again_and_only_once()
    {
        var (funding, grants, services) = await ReadOnceAsync();

        using var ahead = services.AskAhead("sundsvall", 2022, CancellationToken.None);
        // Asked while the budget is still being read.
        Assert.Equal(2, funding.Asked.Count);
        Assert.Equal(2, grants.Asked.Count);

        var figures = await ahead.ForAsync(ThreeYears);
        Assert.Equal([("federations/sundsvall", 2022, 2024), ("federations/sundsvall", 2022, 2024)], funding.Asked);
        Assert.Equal(2, grants.Asked.Count);
        Assert.Equal(300, figures.Income.Years[0].Contributions.Members[0].AmountOre);
        Assert.False(funding.Tokens[^1].IsCancellationRequested);
    }

    [Fact]
    public async Task A_budget_whose_years_changed_since_has_its_own_years_asked_and_the_early_call_is_cancelled()
    {
        var (funding, grants, services) = await ReadOnceAsync();

        using var ahead = services.AskAhead("sundsvall", 2022, CancellationToken.None);
        var oneYear = new Finsam.Contracts.Budget.V1.Budget { FirstYear = 2022, PlanYears = 1 };
        await ahead.ForAsync(oneYear);

        Assert.Equal([("federations/sundsvall", 2022, 2024), ("federations/sundsvall", 2022, 2024), ("federations/sundsvall", 2022, 2022)], funding.Asked);
        Assert.Equal([("federations/sundsvall", 2022, 2024), ("federations/sundsvall", 2022, 2024), ("federations/sundsvall", 2022, 2022)], grants.Asked);
        Assert.True(funding.Tokens[1].IsCancellationRequested);
        Assert.True(grants.Tokens[1].IsCancellationRequested);
        Assert.False(funding.Tokens[2].IsCancellationRequested);

        // And its new years are the ones asked early next time.
        using var next = services.AskAhead("sundsvall", 2022, CancellationToken.None);
        Assert.Equal(("federations/sundsvall", 2022, 2022), funding.Asked[^1]);
    }

    [Fact]
    public async Task An_early_call_nobody_takes_is_cancelled()
    {
        var (funding, grants, services) = await ReadOnceAsync();

        // The budget's read fails (it is gone, or the database is): the early call is dropped.
        funding.FailNext(GrpcErrors.Unavailable("funding"));
        var ahead = services.AskAhead("sundsvall", 2022, CancellationToken.None);
        ahead.Dispose();

        Assert.True(funding.Tokens[^1].IsCancellationRequested);
        Assert.True(grants.Tokens[^1].IsCancellationRequested);
    }

    // Services that answer every call, after a first computation of the three-year budget.
    private static async Task<(FakeFunding Funding, FakeGrants Grants, OtherServices Services)> ReadOnceAsync()
    {
        var (funding, grants) = (new FakeFunding(), new FakeGrants());
        var services = new OtherServices(funding, grants, new KeptAnswers(), new KnownPlans());
        AnswerBoth(funding, grants);
        using var first = services.AskAhead("sundsvall", 2022, CancellationToken.None);
        await first.ForAsync(ThreeYears);
        return (funding, grants, services);
    }

    private static void AnswerBoth(FakeFunding funding, FakeGrants grants)
    {
        funding.AnswerNext(IncomeOf(2022, 300, version: "7"));
        grants.AnswerNext(new Grants.EffortCosts { Version = "3" });
    }

    private static Funding.Income IncomeOf(int year, long contributionOre, string version) => new()
    {
        Version = version,
        Years = { new Funding.YearIncome { Year = year, Contributions = new Funding.Contributions { Members = { new Funding.MemberContribution { DisplayName = "Försäkringskassan", AmountOre = contributionOre } } } } },
    };

    private static AsyncUnaryCall<T> Call<T>(Task<T> answer) =>
        new(answer, Task.FromResult(new Metadata()), () => global::Grpc.Core.Status.DefaultSuccess, () => [], () => { });

    private sealed class FakeFunding : Funding.FundingService.FundingServiceClient
    {
        public TaskCompletionSource<Funding.Income> Answer { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<(string Parent, int FirstYear, int LastYear)> Asked { get; } = [];

        public List<string> KnownVersions { get; } = [];

        public List<CancellationToken> Tokens { get; } = [];

        public override AsyncUnaryCall<Funding.Income> GetIncomeAsync(Funding.GetIncomeRequest request, CallOptions options)
        {
            Asked.Add((request.Parent, request.FirstYear, request.LastYear));
            Tokens.Add(options.CancellationToken);
            KnownVersions.Add(request.KnownVersion);
            return Call(Answer.Task);
        }

        // The next call gets this answer.
        public void AnswerNext(Funding.Income answer)
        {
            Answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
            Answer.SetResult(answer);
        }

        public void FailNext(Exception failure)
        {
            Answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
            Answer.SetException(failure);
        }
    }

    private sealed class FakeGrants : Grants.GrantsService.GrantsServiceClient
    {
        public TaskCompletionSource<Grants.EffortCosts> Answer { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<(string Parent, int FirstYear, int LastYear)> Asked { get; } = [];

        public List<string> KnownVersions { get; } = [];

        public List<CancellationToken> Tokens { get; } = [];

        public override AsyncUnaryCall<Grants.EffortCosts> GetEffortCostsAsync(Grants.GetEffortCostsRequest request, CallOptions options)
        {
            Asked.Add((request.Parent, request.FirstYear, request.LastYear));
            Tokens.Add(options.CancellationToken);
            KnownVersions.Add(request.KnownVersion);
            return Call(Answer.Task);
        }

        // The next call gets this answer.
        public void AnswerNext(Grants.EffortCosts answer)
        {
            Answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
            Answer.SetResult(answer);
        }
    }
}
