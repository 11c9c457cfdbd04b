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
        var reading = new OtherServices(funding, grants, new KeptAnswers()).FiguresAsync("sundsvall", ThreeYears, CancellationToken.None);

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

        var failure = await Assert.ThrowsAsync<RpcException>(() => new OtherServices(funding, grants, new KeptAnswers()).FiguresAsync("sundsvall", ThreeYears, CancellationToken.None));

        Assert.Equal(StatusCode.FailedPrecondition, failure.StatusCode);
        Assert.Equal("Funding has no contributions for 2023: No state allocation is recorded for 2023; record it first.", failure.Status.Detail);
        Assert.Equal("federations/sundsvall/allocations/2023", Assert.Single(failure.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations).Subject);
    }

    [Fact]
    public async Task When_both_fail_fundings_failure_is_the_one_reported()
    {
        var funding = new FakeFunding();
        var grants = new FakeGrants();
        var reading = new OtherServices(funding, grants, new KeptAnswers()).FiguresAsync("sundsvall", ThreeYears, CancellationToken.None);
        grants.Answer.SetException(GrpcErrors.Unavailable("grants"));
        funding.Answer.SetException(GrpcErrors.Unavailable("funding"));

        var failure = await Assert.ThrowsAsync<RpcException>(() => reading);

        Assert.Equal("funding is unavailable; try again shortly.", failure.Status.Detail);
    }

    [Fact]
    public async Task An_answer_kept_from_last_time_is_used_while_the_service_says_its_data_is_unchanged()
    {
        var (funding, grants) = (new FakeFunding(), new FakeGrants());
        var services = new OtherServices(funding, grants, new KeptAnswers());
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
        var services = new OtherServices(funding, grants, new KeptAnswers());
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
        var services = new OtherServices(funding, grants, new KeptAnswers());
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
        var services = new OtherServices(funding, grants, new KeptAnswers());
        grants.AnswerNext(new Grants.EffortCosts { Version = "3" });
        funding.AnswerNext(IncomeOf(2022, 300, version: "7"));
        await services.FiguresAsync("sundsvall", ThreeYears, CancellationToken.None);
        await services.FiguresAsync("timra", ThreeYears, CancellationToken.None);
        await services.FiguresAsync("sundsvall", new Finsam.Contracts.Budget.V1.Budget { FirstYear = 2022, PlanYears = 1 }, CancellationToken.None);

        Assert.Equal(["", "", ""], funding.KnownVersions);
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

        public override AsyncUnaryCall<Funding.Income> GetIncomeAsync(Funding.GetIncomeRequest request, CallOptions options)
        {
            Asked.Add((request.Parent, request.FirstYear, request.LastYear));
            KnownVersions.Add(request.KnownVersion);
            return Call(Answer.Task);
        }

        // The next call gets this answer.
        public void AnswerNext(Funding.Income answer)
        {
            Answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
            Answer.SetResult(answer);
        }
    }

    private sealed class FakeGrants : Grants.GrantsService.GrantsServiceClient
    {
        public TaskCompletionSource<Grants.EffortCosts> Answer { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<(string Parent, int FirstYear, int LastYear)> Asked { get; } = [];

        public List<string> KnownVersions { get; } = [];

        public override AsyncUnaryCall<Grants.EffortCosts> GetEffortCostsAsync(Grants.GetEffortCostsRequest request, CallOptions options)
        {
            Asked.Add((request.Parent, request.FirstYear, request.LastYear));
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
