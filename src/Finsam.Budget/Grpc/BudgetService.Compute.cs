using System.Diagnostics;
using Finsam.Budget.Data;
using Finsam.Budget.Dependencies;
using Finsam.Budget.Domain;
using Finsam.Budget.Reuse;
using Finsam.Budget.Validation;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Security;
using Grpc.Core;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Grpc;

// The figures: the entered budget with what funding and grants know, never from missing data.
public sealed partial class BudgetService
{
    // A draft or proposal from what funding and grants say today; an adopted version from
    // what they said when it was adopted, with what has changed since. The same inputs as a
    // report computed lately (confirmed unchanged by funding and grants) get that report; an
    // adopted version whose goals and dependencies are as they were at adoption gets the
    // report stored with it.
    public override async Task<Contract.BudgetReport> ComputeBudget(Contract.ComputeBudgetRequest request, ServerCallContext context)
    {
        var year = Names.Budget.Parse(request.Name, "name").Year;
        FieldViolations.ThrowWhen(request.Version < 0, "version", ViolationReason.OutOfRange, "An adopted version's number, or 0 for the working version.");
        var ct = context.CancellationToken;
        var federation = context.FederationId();
        // Funding and grants are asked while the budget and the goals are read.
        using var ahead = otherServices.AskAhead(federation, year, ct);
        var computable = await budgets.ComputableAsync(federation, year, request.Version, ct);
        var budget = computable.Budget;
        var asking = ahead.ForAsync(budget);
        var goalsSet = await goals.GetAsync(federation, ct);
        var current = await asking;

        var inputs = ReportInputs.Of(budget, goalsSet, computable.FromAdoptedInputs, current);
        var reused = reports.Find(inputs)
            ?? (computable.FromAdoptedInputs ? await StoredReportAsync(federation, year, budget.Version, AdoptedReportKey.Of(goalsSet, current), ct) : null);
        reports.Served(reused is not null);
        Activity.Current?.SetTag("finsam.report.reused", reused is not null);
        if (reused is not null)
        {
            reports.Keep(inputs, reused);
            return reused;
        }
        var report = Compute(budget, computable.AdoptedInputs(), current, BudgetInputs.Rules(goalsSet));
        reports.Keep(inputs, report);
        logger.LogInformation("Computed {Budget} version {Version} ({Status}): {Goals} goals, {Findings} findings, {Changes} changes since adoption",
            request.Name, report.Version, report.Status, report.Goals.Count, report.Findings.Count, report.ChangesSinceAdoption.Count);
        return report;
    }

    // The report stored at adoption, where it was computed with what is current now.
    private async Task<Contract.BudgetReport?> StoredReportAsync(string federation, int year, int version, string? key, CancellationToken ct)
    {
        if (key is null)
        {
            return null;
        }
        var stored = await budgets.AdoptedReportAsync(federation, year, version, ct);
        return stored?.Key == key ? Contract.BudgetReport.Parser.ParseFrom(stored.Report) : null;
    }

    private static Contract.BudgetReport Compute(Contract.Budget budget, ExternalFigures? adoptedInputs, ExternalFigures current, IReadOnlyList<GoalRule> rules)
    {
        if (adoptedInputs is null)
        {
            return Today(budget, current, rules);
        }
        var input = BudgetInputs.From(budget, adoptedInputs);
        var figures = BudgetEngine.Compute(input);
        var report = BudgetReports.Report(budget, input, figures, rules);
        report.ComputedFromAdoptedInputs = true;
        report.ChangesSinceAdoption.AddRange(ChangesSinceAdoption(budget, input, figures, current));
        return report;
    }

    public override async Task<Contract.ScenarioComparison> CompareScenario(Contract.CompareScenarioRequest request, ServerCallContext context)
    {
        var year = Names.Budget.Parse(request.Name, "name").Year;
        ScenarioValidator.Validate(request, year);
        var (budget, input, rules) = await ComputableAsync(context.FederationId(), year, context.CancellationToken);
        ScenarioValidator.ValidateAgainst(request, input);

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

    // A draft or proposal, saved or not, with what funding and grants say today.
    private static Contract.BudgetReport Today(Contract.Budget budget, ExternalFigures current, IReadOnlyList<GoalRule> rules)
    {
        var input = BudgetInputs.From(budget, current);
        return BudgetReports.Report(budget, input, BudgetEngine.Compute(input), rules);
    }

    // Today's figures against the adopted ones. Where today's can no longer be computed (a
    // decided effort no group takes), that is the change to report, not a failure of the
    // adopted version.
    private static IEnumerable<Contract.InputChange> ChangesSinceAdoption(Contract.Budget budget, BudgetInput adopted, BudgetFigures figures, ExternalFigures current)
    {
        try
        {
            var today = BudgetInputs.From(budget, current);
            return BudgetReports.Changes(figures, BudgetEngine.Compute(today), adopted).ToList();
        }
        catch (RpcException unplaceable) when (unplaceable.StatusCode == StatusCode.FailedPrecondition)
        {
            return [new Contract.InputChange { Figure = "unplaced", Label = unplaceable.Status.Detail }];
        }
    }

    // The working budget, what the other services say of its years today, and the board's goals.
    private async Task<(Contract.Budget Budget, BudgetInput Input, IReadOnlyList<GoalRule> Rules)> ComputableAsync(string federation, int year, CancellationToken ct)
    {
        var budget = await budgets.GetAsync(federation, year, ct);
        var figures = await otherServices.FiguresAsync(federation, budget, ct);
        var rules = BudgetInputs.Rules(await goals.GetAsync(federation, ct));
        return (budget, BudgetInputs.From(budget, figures), rules);
    }
}
