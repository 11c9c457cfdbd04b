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
        var reading = new OtherServices(funding, grants).FiguresAsync("sundsvall", ThreeYears, CancellationToken.None);

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

        var failure = await Assert.ThrowsAsync<RpcException>(() => new OtherServices(funding, grants).FiguresAsync("sundsvall", ThreeYears, CancellationToken.None));

        Assert.Equal(StatusCode.FailedPrecondition, failure.StatusCode);
        Assert.Equal("Funding has no contributions for 2023: No state allocation is recorded for 2023; record it first.", failure.Status.Detail);
        Assert.Equal("federations/sundsvall/allocations/2023", Assert.Single(failure.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations).Subject);
    }

    [Fact]
    public async Task When_both_fail_fundings_failure_is_the_one_reported()
    {
        var funding = new FakeFunding();
        var grants = new FakeGrants();
        var reading = new OtherServices(funding, grants).FiguresAsync("sundsvall", ThreeYears, CancellationToken.None);
        grants.Answer.SetException(GrpcErrors.Unavailable("grants"));
        funding.Answer.SetException(GrpcErrors.Unavailable("funding"));

        var failure = await Assert.ThrowsAsync<RpcException>(() => reading);

        Assert.Equal("funding is unavailable; try again shortly.", failure.Status.Detail);
    }

    private static AsyncUnaryCall<T> Call<T>(Task<T> answer) =>
        new(answer, Task.FromResult(new Metadata()), () => global::Grpc.Core.Status.DefaultSuccess, () => [], () => { });

    private sealed class FakeFunding : Funding.FundingService.FundingServiceClient
    {
        public TaskCompletionSource<Funding.Income> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<(string Parent, int FirstYear, int LastYear)> Asked { get; } = [];

        public override AsyncUnaryCall<Funding.Income> GetIncomeAsync(Funding.GetIncomeRequest request, CallOptions options)
        {
            Asked.Add((request.Parent, request.FirstYear, request.LastYear));
            return Call(Answer.Task);
        }
    }

    private sealed class FakeGrants : Grants.GrantsService.GrantsServiceClient
    {
        public TaskCompletionSource<Grants.EffortCosts> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<(string Parent, int FirstYear, int LastYear)> Asked { get; } = [];

        public override AsyncUnaryCall<Grants.EffortCosts> GetEffortCostsAsync(Grants.GetEffortCostsRequest request, CallOptions options)
        {
            Asked.Add((request.Parent, request.FirstYear, request.LastYear));
            return Call(Answer.Task);
        }
    }
}
