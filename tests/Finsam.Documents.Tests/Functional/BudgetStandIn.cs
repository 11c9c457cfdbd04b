using Finsam.Contracts.Budget.V1;
using Grpc.Core;

namespace Finsam.Documents.Tests.Functional;

// Budget as documents sees it: the stored budget and its computed report, and a year's
// follow-up and actuals.
public sealed class BudgetStandIn(Neighbours neighbours) : BudgetService.BudgetServiceBase
{
    public override Task<Contracts.Budget.V1.Budget> GetBudget(GetBudgetRequest request, ServerCallContext context) =>
        Task.FromResult(Neighbours.Found(neighbours.Budgets, request.Name));

    public override Task<BudgetReport> ComputeBudget(ComputeBudgetRequest request, ServerCallContext context) =>
        Task.FromResult(Neighbours.Found(neighbours.Reports, request.Name));

    // The whole year whatever month is asked for: the tests' years have every month.
    public override Task<BudgetFollowUp> GetFollowUp(GetFollowUpRequest request, ServerCallContext context) =>
        Task.FromResult(Neighbours.Found(neighbours.FollowUps, request.Name));

    public override Task<YearActuals> GetYearActuals(GetYearActualsRequest request, ServerCallContext context) =>
        Task.FromResult(Neighbours.Found(neighbours.Actuals, request.Name));
}
