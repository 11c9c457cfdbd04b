using Finsam.Budget.Validation;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Security;
using Grpc.Core;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Grpc;

// The budget as the officer types it: computed as it would be once saved, never saved, so
// that the audit trail holds the officers' saves, not their keystrokes.
public sealed partial class BudgetService
{
    // The draft's updatable fields on the stored budget, judged as UpdateBudget judges them
    // (and the goals being edited as SetFinancialGoals judges them, in the same answer), then
    // computed as ComputeBudget computes the working version.
    public override async Task<Contract.BudgetReport> ComputeBudgetDraft(Contract.ComputeBudgetDraftRequest request, ServerCallContext context)
    {
        FieldViolations.ThrowWhen(request.Budget is null, "budget", ViolationReason.Required, "Required.");
        var name = Names.Budget.Parse(request.Budget!.Name, "budget.name");
        var ct = context.CancellationToken;
        var federation = context.FederationId();
        var draft = await budgets.DraftAsync(federation, name.Year, request.Budget, (status, proposed, violations) =>
        {
            ValidateEdit(name.Name, status, proposed, violations);
            if (request.FinancialGoals is { } edited)
            {
                FinancialGoalsValidator.Validate(edited, years, violations);
            }
        }, ct);
        var current = await otherServices.FiguresAsync(federation, draft, ct);
        var rules = BudgetInputs.Rules(request.FinancialGoals ?? await goals.GetAsync(federation, ct));
        var report = Today(draft, current, rules);
        logger.LogDebug("Computed a draft of {Budget} version {Version}: {Goals} goals, {Findings} findings",
            name.Name, report.Version, report.Goals.Count, report.Findings.Count);
        return report;
    }
}
