using Finsam.Budget.Domain;
using Finsam.Budget.Validation;
using Finsam.ServiceKit.Security;
using Grpc.Core;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Grpc;

// The figures: the entered budget with what funding and grants know, never from missing data.
public sealed partial class BudgetService
{
    public override async Task<Contract.BudgetReport> ComputeBudget(Contract.ComputeBudgetRequest request, ServerCallContext context)
    {
        var year = Names.Budget.Parse(request.Name, "name").Year;
        var (budget, input, rules) = await ComputableAsync(context.FederationId(), year, context.CancellationToken);
        var report = BudgetReports.Report(budget, input, BudgetEngine.Compute(input), rules);
        logger.LogInformation("Computed {Budget} version {Version} ({Status}): {Goals} goals, {Findings} findings",
            request.Name, report.Version, report.Status, report.Goals.Count, report.Findings.Count);
        return report;
    }

    public override async Task<Contract.ScenarioComparison> CompareScenario(Contract.CompareScenarioRequest request, ServerCallContext context)
    {
        var year = Names.Budget.Parse(request.Name, "name").Year;
        ScenarioValidator.Validate(request, year);
        var (budget, input, rules) = await ComputableAsync(context.FederationId(), year, context.CancellationToken);
        ScenarioValidator.ValidateCostGroups(request, input.CostGroups);

        var variantInput = Scenario.Apply(input, request.Changes.Select(c => new ScenarioChange(
            c.Target == Contract.ScenarioTarget.Income ? ScenarioTarget.Income : ScenarioTarget.CostGroup,
            c.Key, c.Year, c.DeltaOre, c.Label.Length > 0 ? c.Label : request.DisplayName)));
        var baseline = BudgetEngine.Compute(input);
        var variant = BudgetEngine.Compute(variantInput);

        var comparison = new Contract.ScenarioComparison
        {
            DisplayName = request.DisplayName,
            Base = BudgetReports.Report(budget, input, baseline, rules),
            Variant = BudgetReports.Report(budget, variantInput, variant, rules),
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

    // The stored budget, what the other services say of its years, and the board's goals.
    private async Task<(Contract.Budget Budget, BudgetInput Input, IReadOnlyList<GoalRule> Rules)> ComputableAsync(string federation, int year, CancellationToken ct)
    {
        var budget = await budgets.GetAsync(federation, year, ct);
        var figures = await otherServices.FiguresAsync(federation, year, ct);
        var rules = BudgetInputs.Rules(await goals.GetAsync(federation, ct));
        return (budget, BudgetInputs.From(budget, figures), rules);
    }
}
