using Finsam.Budget.Domain;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceDefaults.Security;
using Finsam.ServiceKit.Security;
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

    public override async Task<Contract.BudgetReport> ComputeBudget(Contract.ComputeBudgetRequest request, ServerCallContext context)
    {
        var firstYear = ParseBudget(request.Name, "name");
        var federationId = context.FederationId();
        var ct = context.CancellationToken;
        var entity = await db.Budgets.AsNoTracking().SingleOrDefaultAsync(b => b.FederationId == federationId && b.FirstYear == firstYear, ct)
            ?? throw GrpcErrors.NotFound(request.Name);
        var (budget, input) = await InputAsync(entity, ct);
        var report = Report(budget, input, BudgetEngine.Compute(input), await GoalRulesAsync(federationId, ct));
        logger.LogInformation("Computed {Budget} version {Version} ({Status}): {Goals} goals, {Findings} findings",
            request.Name, report.Version, report.Status, report.Goals.Count, report.Findings.Count);
        return report;
    }

    public override async Task<Contract.ScenarioComparison> CompareScenario(Contract.CompareScenarioRequest request, ServerCallContext context)
    {
        var firstYear = ParseBudget(request.Name, "name");
        var federationId = context.FederationId();
        var violations = new FieldViolations();
        violations.AddWhen(request.DisplayName.Length > 200, "display_name", ViolationReason.TooLong, "At most 200 characters.");
        violations.AddWhen(request.Changes.Count is 0 or > 100, "changes", ViolationReason.TooMany, "Between 1 and 100 changes.");
        for (var i = 0; i < request.Changes.Count; i++)
        {
            var change = request.Changes[i];
            violations.AddWhen(change.Target == Contract.ScenarioTarget.Unspecified || !Enum.IsDefined(change.Target), $"changes[{i}].target", ViolationReason.InvalidValue, "Income or cost group.");
            violations.AddWhen(change.Year < firstYear || change.Year >= firstYear + BudgetInput.Years, $"changes[{i}].year", ViolationReason.InvalidValue, "One of the budget's three years.");
            violations.AddWhen(change.DeltaOre is < -10_000_000_000_000 or > 10_000_000_000_000, $"changes[{i}].delta_ore", ViolationReason.OutOfRange, "At most a hundred billion kronor either way.");
            violations.AddWhen(change.Key.Length == 0, $"changes[{i}].key", ViolationReason.Required, "Required.");
            violations.AddWhen(change.Key.Length > 200, $"changes[{i}].key", ViolationReason.TooLong, "At most 200 characters.");
        }
        violations.ThrowIfAny();

        var ct = context.CancellationToken;
        var entity = await db.Budgets.AsNoTracking().SingleOrDefaultAsync(b => b.FederationId == federationId && b.FirstYear == firstYear, ct)
            ?? throw GrpcErrors.NotFound(request.Name);
        var (budget, input) = await InputAsync(entity, ct);
        var unknownGroup = request.Changes.Select((c, i) => (c, i))
            .FirstOrDefault(x => x.c.Target == Contract.ScenarioTarget.CostGroup && input.CostGroups.All(g => g.Key != x.c.Key));
        if (unknownGroup.c is not null)
        {
            FieldViolations.Throw($"changes[{unknownGroup.i}].key", ViolationReason.InvalidValue, $"The budget has no cost group '{unknownGroup.c.Key}'; it has {string.Join(", ", input.CostGroups.Select(g => g.Key))}.");
        }

        var variantInput = Scenario.Apply(input, request.Changes.Select(c => new ScenarioChange(
            c.Target == Contract.ScenarioTarget.Income ? ScenarioTarget.Income : ScenarioTarget.CostGroup,
            c.Key, c.Year, c.DeltaOre, c.Label.Length > 0 ? c.Label : request.DisplayName)));
        var rules = await GoalRulesAsync(federationId, ct);
        var baseline = BudgetEngine.Compute(input);
        var variant = BudgetEngine.Compute(variantInput);

        var comparison = new Contract.ScenarioComparison
        {
            DisplayName = request.DisplayName,
            Base = Report(budget, input, baseline, rules),
            Variant = Report(budget, variantInput, variant, rules),
        };
        comparison.Differences.AddRange(Scenario.Compare(baseline, variant).Select(d => new Contract.YearDifference
        {
            Year = d.Year,
            IncomeOre = d.IncomeOre,
            CostsOre = d.CostsOre,
            ResultOre = d.ResultOre,
            EquityOre = d.EquityOre,
        }));
        return comparison;
    }

    // The entered budget with what funding and grants know; never from missing data.
    private async Task<(Contract.Budget Budget, BudgetInput Input)> InputAsync(Data.BudgetEntity entity, CancellationToken ct)
    {
        var budget = ToContract(entity);
        var income = await IncomeAsync(entity.FederationId, entity.FirstYear, ct);
        var costs = await grants.GetEffortCostsAsync(new Grants.GetEffortCostsRequest
        {
            Parent = $"federations/{entity.FederationId}",
            FirstYear = entity.FirstYear,
            LastYear = entity.FirstYear + BudgetInput.Years - 1,
        }, cancellationToken: ct);
        return (budget, BudgetInputs.From(budget, income, costs, DecidedEffortsLabel, NewEffortsLabel));
    }

    private static Contract.BudgetReport Report(Contract.Budget budget, BudgetInput input, BudgetFigures figures, IReadOnlyList<GoalRule> rules)
    {
        var report = new Contract.BudgetReport { Budget = budget.Name, Version = budget.Version, Status = budget.Status };
        if (figures.Forecast is { } forecast)
        {
            report.Years.Add(BudgetReports.Year(forecast, isForecast: true, input));
        }
        report.Years.AddRange(figures.Years.Select(y => BudgetReports.Year(y, isForecast: false, input)));
        report.Goals.AddRange(FinancialGoals.Evaluate(figures, input.FirstYear, input.IndividualEffortsOre, rules).Select(BudgetReports.Goal));
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
