using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Documents.V1;
using Finsam.SystemTests.Budget;
using Finsam.SystemTests.Infrastructure;

namespace Finsam.SystemTests.Documents;

// Sundsvall's figures (funding, grants, budget) and its plan's template and text, all
// entered through the gateway; the budget adopted by the board on 2021-11-26, or not yet.
public static class SundsvallDocument
{
    public static async Task<string> SetUpAsync(FinsamSystem system, bool adopted = true)
    {
        var id = await SundsvallBudget.SetUpAsync(system);
        await system.Documents.UpdateDocumentTemplateAsync(new UpdateDocumentTemplateRequest { Template = SundsvallPlan.Template(id), AllowMissing = true });
        await system.Documents.UpdatePlanTextAsync(new UpdatePlanTextRequest { PlanText = SundsvallPlan.Text(id), AllowMissing = true });
        if (adopted)
        {
            var budget = $"federations/{id}/budgets/2022";
            await system.Budget.ProposeBudgetAsync(new ProposeBudgetRequest { Name = budget });
            await system.Budget.AdoptBudgetAsync(new AdoptBudgetRequest { Name = budget, AdoptedOn = "2021-11-26", ReferenceNumber = "60/21" });
        }
        return id;
    }
}
