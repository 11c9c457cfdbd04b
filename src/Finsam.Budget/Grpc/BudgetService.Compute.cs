using Finsam.Budget.Domain;
using Finsam.ServiceDefaults.Grpc;
using Finsam.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Contract = Finsam.Contracts.Budget.V1;
using Funding = Finsam.Contracts.Funding.V1;
using Grants = Finsam.Contracts.Grants.V1;

namespace Finsam.Budget.Grpc;

public sealed partial class BudgetService
{
    private const string DecidedEffortsLabel = "Beslutade aktiviteter";
    private const string NewEffortsLabel = "Nya aktiviteter/insatser";

    [FederationAccess(Access.Read)]
    public override async Task<Contract.BudgetReport> ComputeBudget(Contract.ComputeBudgetRequest request, ServerCallContext context)
    {
        var (federationId, firstYear) = ParseBudget(request.Name, "name");
        var ct = context.CancellationToken;
        var entity = await db.Budgets.AsNoTracking().SingleOrDefaultAsync(b => b.FederationId == federationId && b.FirstYear == firstYear, ct)
            ?? throw GrpcErrors.NotFound(request.Name);
        var budget = ToContract(entity);

        // Never a budget from missing data: every figure from the other services, or an error.
        var income = await IncomeAsync(federationId, firstYear, ct);
        var costs = await grants.GetEffortCostsAsync(new Grants.GetEffortCostsRequest
        {
            Parent = $"federations/{federationId}",
            FirstYear = firstYear,
            LastYear = firstYear + BudgetInput.Years - 1,
        }, cancellationToken: ct);

        var input = BudgetInputs.From(budget, income, costs, DecidedEffortsLabel, NewEffortsLabel);
        var figures = BudgetEngine.Compute(input);
        var goals = await GoalRulesAsync(federationId, ct);

        var report = new Contract.BudgetReport { Budget = request.Name, Version = budget.Version, Status = budget.Status };
        if (figures.Forecast is { } forecast)
        {
            report.Years.Add(BudgetReports.Year(forecast, isForecast: true, input));
        }
        report.Years.AddRange(figures.Years.Select(y => BudgetReports.Year(y, isForecast: false, input)));
        report.Goals.AddRange(FinancialGoals.Evaluate(figures, firstYear, input.IndividualEffortsOre, goals).Select(BudgetReports.Goal));
        report.Findings.AddRange(Consistency.Check(figures, budget.StatedFigures.Select(s => new StatedFigure(s.Row, s.Year, s.StatedOre)))
            .Select(f => new Contract.Finding { Row = f.Row, Year = f.Year, StatedOre = f.StatedOre, ComputedOre = f.ComputedOre }));
        return report;
    }

    private async Task<List<IncomeLine>> IncomeAsync(string federationId, int firstYear, CancellationToken ct)
    {
        var income = new List<IncomeLine>();
        for (var year = firstYear; year < firstYear + BudgetInput.Years; year++)
        {
            Funding.Contributions contributions;
            try
            {
                contributions = await funding.GetContributionsAsync(new Funding.GetContributionsRequest { Name = $"federations/{federationId}/contributions/{year}" }, cancellationToken: ct);
            }
            catch (RpcException missing) when (missing.StatusCode == StatusCode.FailedPrecondition)
            {
                throw GrpcErrors.FailedPrecondition($"federations/{federationId}/allocations/{year}",
                    $"Funding has no contributions for {year}: {missing.Status.Detail}");
            }
            income.AddRange(contributions.Members.Select(m => new IncomeLine(m.DisplayName, year, m.AmountOre, IsContribution: true)));
            var other = await funding.ListOtherIncomeAsync(new Funding.ListOtherIncomeRequest { Parent = $"federations/{federationId}", Year = year }, cancellationToken: ct);
            income.AddRange(other.OtherIncome.Select(o => new IncomeLine(o.Note.Length > 0 ? o.Note : "Övriga intäkter", year, o.AmountOre, IsContribution: false)));
        }
        return income;
    }
}
