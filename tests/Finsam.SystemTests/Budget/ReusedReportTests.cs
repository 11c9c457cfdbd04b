using System.Security.Cryptography;
using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.SystemTests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Finsam.SystemTests.Budget;

// The budget serves a report again while its inputs are unchanged (funding and grants confirm
// theirs with a version, the budget's own are read each time): a change anywhere, in funding,
// in grants, in the goals or in the budget itself, is in the very next computation.
[Collection(SystemCollection.Name)]
public sealed class ReusedReportTests(FinsamSystem system)
{
    private const long Kronor = 100;

    [Fact]
    public async Task A_reused_report_is_never_stale_whatever_input_changes()
    {
        var id = await SundsvallBudget.SetUpAsync(system);
        var parent = $"federations/{id}";
        var first = await ComputeAsync(id);
        var again = await ComputeAsync(id);
        Assert.Equal(first.Report, again.Report);
        Assert.True(again.Reused, "Unchanged inputs: the report computed before is served.");

        await system.Funding.CreateOtherIncomeAsync(new CreateOtherIncomeRequest
        {
            Parent = parent,
            OtherIncome = new OtherIncome { Year = 2022, Kind = OtherIncomeKind.Interest, AmountOre = 1_000 * Kronor },
        });
        var afterFunding = await ComputeAsync(id);
        Assert.False(afterFunding.Reused);
        Assert.Equal(Year(first.Report, 2022).IncomeOre + 1_000 * Kronor, Year(afterFunding.Report, 2022).IncomeOre);
        Assert.True((await ComputeAsync(id)).Reused, "Reused again once the change is computed.");

        await system.Grants.SetReservationAsync(new SetReservationRequest
        {
            Reservation = new Reservation { Name = $"{parent}/reservations/2023", AmountOre = 5_000_000 * Kronor, Label = "Nya aktiviteter/insatser" },
        });
        var afterGrants = await ComputeAsync(id);
        Assert.False(afterGrants.Reused);
        Assert.Equal(Year(first.Report, 2023).CostsOre - 558_000 * Kronor, Year(afterGrants.Report, 2023).CostsOre);

        var goals = await system.Budget.GetFinancialGoalsAsync(new GetFinancialGoalsRequest { Name = $"{parent}/financialGoals" });
        goals.NationalRecommendation = false;
        await system.Budget.SetFinancialGoalsAsync(new SetFinancialGoalsRequest { FinancialGoals = goals });
        var afterGoals = await ComputeAsync(id);
        Assert.False(afterGoals.Reused);
        Assert.True(afterGoals.Report.Goals.Count < afterGrants.Report.Goals.Count, "The national recommendation is no longer judged.");

        var budget = await system.Budget.GetBudgetAsync(new GetBudgetRequest { Name = $"{parent}/budgets/2022" });
        budget.OpeningEquityOre += 10_000 * Kronor;
        await system.Budget.UpdateBudgetAsync(new UpdateBudgetRequest { Budget = budget, UpdateMask = FieldMask.FromString("opening_equity_ore") });
        var afterBudget = await ComputeAsync(id);
        Assert.False(afterBudget.Reused);
        Assert.Equal(Year(afterGoals.Report, 2022).EquityOre + 10_000 * Kronor, Year(afterBudget.Report, 2022).EquityOre);
    }

    private static YearReport Year(BudgetReport report, int year) => report.Years.Single(y => y.Year == year && !y.Forecast);

    // The report, and whether the budget service says (on its span) that it served one kept.
    private async Task<(BudgetReport Report, bool Reused)> ComputeAsync(string federation)
    {
        var traceId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var report = await system.Budget.ComputeBudgetAsync(new ComputeBudgetRequest { Name = $"federations/{federation}/budgets/2022" },
            new Metadata { { "traceparent", $"00-{traceId}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}-01" } });
        var spans = await system.App.TraceAsync(traceId, spans => spans.Any(IsComputation));
        var reused = spans.Single(IsComputation).Attributes.GetValueOrDefault("finsam.report.reused");
        return (report, bool.Parse(reused ?? throw new InvalidOperationException("The budget's span does not say whether it reused a report.")));
    }

    private static bool IsComputation(TraceSpan span) =>
        span.Service == "budget" && span.Kind == TraceSpanKind.Server && span.Name.Contains("ComputeBudget", StringComparison.Ordinal);
}
