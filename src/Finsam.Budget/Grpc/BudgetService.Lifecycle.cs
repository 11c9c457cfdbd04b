using Finsam.Budget.Data;
using Finsam.Budget.Domain;
using Finsam.Budget.Reuse;
using Finsam.Budget.Validation;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Security;
using Google.Protobuf;
using Grpc.Core;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Grpc;

// Draft → proposed → adopted (locked, kept), revised as a new version beside the adopted
// one. Which move is allowed is BudgetTransitions'.
public sealed partial class BudgetService
{
    public override async Task<Contract.Budget> ProposeBudget(Contract.ProposeBudgetRequest request, ServerCallContext context)
    {
        var year = Names.Budget.Parse(request.Name, "name").Year;
        var budget = await budgets.LoadAsync(context.FederationId(), year, context.CancellationToken);
        ThrowIfRefused(request.Name, BudgetTransitions.WhyNot(budget.Status, BudgetStatus.Proposed));
        return await budgets.ProposeAsync(context, budget, request.Etag);
    }

    public override async Task<Contract.Budget> AdoptBudget(Contract.AdoptBudgetRequest request, ServerCallContext context)
    {
        var year = Names.Budget.Parse(request.Name, "name").Year;
        var adoption = AdoptionValidator.Validate(request);
        var budget = await budgets.LoadAsync(context.FederationId(), year, context.CancellationToken);
        ThrowIfRefused(request.Name, BudgetTransitions.WhyNot(budget.Status, BudgetStatus.Adopted));
        // The board adopts the figures of the day: what funding and grants say now is kept
        // with the version, and a budget that cannot be computed is not adopted.
        var entered = BudgetDocuments.ToContract(budget);
        var inputs = await otherServices.FiguresAsync(budget.FederationId, entered, context.CancellationToken);
        BudgetInputs.From(entered, inputs);
        // Its report is computed once, now, and kept with it (see ComputeBudget).
        var goalsSet = await goals.GetAsync(budget.FederationId, context.CancellationToken);
        var key = AdoptedReportKey.Of(goalsSet, inputs);
        return await budgets.AdoptAsync(context, budget, adoption, request.Etag, inputs, adopted => key is null
            ? null
            : new StoredReport(key, Compute(adopted, adoptedInputs: inputs, current: inputs, BudgetInputs.Rules(goalsSet)).ToByteArray()));
    }

    public override async Task<Contract.Budget> ReviseBudget(Contract.ReviseBudgetRequest request, ServerCallContext context)
    {
        var year = Names.Budget.Parse(request.Name, "name").Year;
        var budget = await budgets.LoadAsync(context.FederationId(), year, context.CancellationToken);
        ThrowIfRefused(request.Name, BudgetTransitions.WhyNot(budget.Status, BudgetStatus.Draft));
        return await budgets.ReviseAsync(context, budget, request.Etag);
    }

    public override async Task<Contract.ListBudgetVersionsResponse> ListBudgetVersions(Contract.ListBudgetVersionsRequest request, ServerCallContext context)
    {
        var year = Names.Budget.Parse(request.Parent, "parent").Year;
        var response = new Contract.ListBudgetVersionsResponse();
        response.Versions.AddRange(await budgets.AdoptedVersionsAsync(context.FederationId(), year, context.CancellationToken));
        return response;
    }

    private static void ThrowIfRefused(string budget, string? whyNot)
    {
        if (whyNot is not null)
        {
            throw GrpcErrors.FailedPrecondition(budget, whyNot);
        }
    }
}
