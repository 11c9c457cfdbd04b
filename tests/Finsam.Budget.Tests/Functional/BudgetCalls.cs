using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Common.V1;

namespace Finsam.Budget.Tests.Functional;

// One call of every BudgetService RPC, aimed at a federation's 2022 budget.
public static class BudgetCalls
{
    public static IReadOnlyDictionary<string, Func<Task>> For(BudgetService.BudgetServiceClient budget, string id)
    {
        var name = $"federations/{id}/budgets/2022";
        return new Dictionary<string, Func<Task>>
        {
            ["CreateBudget"] = () => budget.CreateBudgetAsync(new CreateBudgetRequest { Parent = $"federations/{id}", Budget = new Contracts.Budget.V1.Budget { FirstYear = 2023 } }).ResponseAsync,
            ["GetBudget"] = () => budget.GetBudgetAsync(new GetBudgetRequest { Name = name }).ResponseAsync,
            ["UpdateBudget"] = () => budget.UpdateBudgetAsync(new UpdateBudgetRequest { Budget = new Contracts.Budget.V1.Budget { Name = name, FirstYear = 2022 } }).ResponseAsync,
            ["ProposeBudget"] = () => budget.ProposeBudgetAsync(new ProposeBudgetRequest { Name = name }).ResponseAsync,
            ["AdoptBudget"] = () => budget.AdoptBudgetAsync(new AdoptBudgetRequest { Name = name, AdoptedOn = "2021-11-26", ReferenceNumber = "x" }).ResponseAsync,
            ["ReviseBudget"] = () => budget.ReviseBudgetAsync(new ReviseBudgetRequest { Name = name }).ResponseAsync,
            ["ListBudgetVersions"] = () => budget.ListBudgetVersionsAsync(new ListBudgetVersionsRequest { Parent = name }).ResponseAsync,
            ["ComputeBudget"] = () => budget.ComputeBudgetAsync(new ComputeBudgetRequest { Name = name }).ResponseAsync,
            ["ComputeBudgetDraft"] = () => budget.ComputeBudgetDraftAsync(new ComputeBudgetDraftRequest { Budget = new Contracts.Budget.V1.Budget { Name = name, FirstYear = 2022 } }).ResponseAsync,
            ["CompareScenario"] = () => budget.CompareScenarioAsync(new CompareScenarioRequest { Name = name, Changes = { new ScenarioChange { Target = ScenarioTarget.Income, Key = "Försäkringskassan", Year = 2023, DeltaOre = 1 } } }).ResponseAsync,
            ["RollUp"] = () => budget.RollUpAsync(new RollUpRequest { Year = 2022 }).ResponseAsync,
            ["SetFinancialGoals"] = () => budget.SetFinancialGoalsAsync(new SetFinancialGoalsRequest { FinancialGoals = new FinancialGoals { Name = $"federations/{id}/financialGoals" } }).ResponseAsync,
            ["GetFinancialGoals"] = () => budget.GetFinancialGoalsAsync(new GetFinancialGoalsRequest { Name = $"federations/{id}/financialGoals" }).ResponseAsync,
            ["ImportActuals"] = () => budget.ImportActualsAsync(new ImportActualsRequest { Parent = $"federations/{id}", Year = 2022, FileName = "2022.se", Content = SieFiles.OneVoucher(2022) }).ResponseAsync,
            ["GetYearActuals"] = () => budget.GetYearActualsAsync(new GetYearActualsRequest { Name = $"federations/{id}/actuals/2022" }).ResponseAsync,
            ["CloseYear"] = () => budget.CloseYearAsync(new CloseYearRequest { Name = $"federations/{id}/actuals/2022" }).ResponseAsync,
            ["ReopenYear"] = () => budget.ReopenYearAsync(new ReopenYearRequest { Name = $"federations/{id}/actuals/2022" }).ResponseAsync,
            ["SetActualsMapping"] = () => budget.SetActualsMappingAsync(new SetActualsMappingRequest { ActualsMapping = new ActualsMapping { Name = $"federations/{id}/actualsMapping" } }).ResponseAsync,
            ["GetActualsMapping"] = () => budget.GetActualsMappingAsync(new GetActualsMappingRequest { Name = $"federations/{id}/actualsMapping" }).ResponseAsync,
            ["GetFollowUp"] = () => budget.GetFollowUpAsync(new GetFollowUpRequest { Name = $"federations/{id}/followUps/2022" }).ResponseAsync,
            ["SaveForecast"] = () => budget.SaveForecastAsync(new SaveForecastRequest { Parent = $"federations/{id}/followUps/2022", ReportDate = "2022-04-30", ThroughMonth = "2022-04" }).ResponseAsync,
            ["ListAuditRecords"] = () => budget.ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = $"federations/{id}" }).ResponseAsync,
        };
    }

    public static readonly IReadOnlySet<string> Reads = new HashSet<string>
    {
        "GetBudget", "ListBudgetVersions", "ComputeBudget", "CompareScenario", "GetFinancialGoals", "GetYearActuals", "GetActualsMapping", "GetFollowUp",
    };

    // Reads of what only an adopted budget has: the 2022 budget is a draft, so a reader gets
    // past the access check to FailedPrecondition.
    public static readonly IReadOnlySet<string> ReadsOfAdopted = new HashSet<string> { "GetFollowUp" };
}
