using Finsam.Budget.Data;
using Finsam.Budget.Domain;
using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceDefaults.Security;
using Finsam.ServiceKit.Security;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Grpc;

public sealed partial class BudgetService
{
    public override async Task<Contract.FinancialGoals> SetFinancialGoals(Contract.SetFinancialGoalsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        if (request.FinancialGoals is null)
        {
            FieldViolations.Throw("financial_goals", ViolationReason.Required, "Required.");
        }
        var goals = request.FinancialGoals!;
        ResourceNamePattern.Match(goals.Name, "federations/*/financialGoals", "financial_goals.name", violations);
        violations.AddWhen(goals.MaxEquityShareBasisPoints is < 0 or > 10_000, "financial_goals.max_equity_share_basis_points", ViolationReason.OutOfRange, "Between 0 and 10 000.");
        violations.AddWhen(goals.MinIndividualShareBasisPoints is < 0 or > 10_000, "financial_goals.min_individual_share_basis_points", ViolationReason.OutOfRange, "Between 0 and 10 000.");
        violations.AddWhen(goals.MinEquityOre < 0, "financial_goals.min_equity_ore", ViolationReason.OutOfRange, "Cannot be negative.");
        violations.AddWhen(goals.RecommendationSteps.Any(s => s.BudgetUpToOre <= 0 || s.MaxEquityOre < 0), "financial_goals.recommendation_steps", ViolationReason.OutOfRange, "Each step: a budget size above zero and an equity not below zero.");
        violations.ThrowIfAny();

        var federationId = context.FederationId();
        var ct = context.CancellationToken;
        await funding.GetFederationAsync(new() { Name = $"federations/{federationId}" }, cancellationToken: ct);
        var entity = await db.FinancialGoals.SingleOrDefaultAsync(g => g.FederationId == federationId, ct);
        var before = entity is null ? null : Contract.FinancialGoals.Parser.ParseJson(entity.DocumentJson);
        if (entity is null)
        {
            entity = new FinancialGoalsEntity { FederationId = federationId, DocumentJson = "{}" };
            db.FinancialGoals.Add(entity);
        }
        entity.DocumentJson = JsonFormatter.Default.Format(goals);
        db.Record(context, clock, federationId, goals.Name, before, goals);
        await db.SaveChangesAsync(ct);
        return goals;
    }

    public override async Task<Contract.FinancialGoals> GetFinancialGoals(Contract.GetFinancialGoalsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        ResourceNamePattern.Match(request.Name, "federations/*/financialGoals", "name", violations);
        violations.ThrowIfAny();

        var entity = await db.FinancialGoals.AsNoTracking().SingleOrDefaultAsync(g => g.FederationId == context.FederationId(), context.CancellationToken);
        return entity is null ? new Contract.FinancialGoals { Name = request.Name } : Contract.FinancialGoals.Parser.ParseJson(entity.DocumentJson);
    }

    private async Task<List<GoalRule>> GoalRulesAsync(string federationId, CancellationToken ct)
    {
        var entity = await db.FinancialGoals.AsNoTracking().SingleOrDefaultAsync(g => g.FederationId == federationId, ct);
        if (entity is null)
        {
            return [];
        }
        var goals = Contract.FinancialGoals.Parser.ParseJson(entity.DocumentJson);
        var rules = new List<GoalRule>();
        if (goals.MaxEquityShareBasisPoints > 0) rules.Add(new GoalRule.MaxEquityShareOfContributions(goals.MaxEquityShareBasisPoints));
        if (goals.MinEquityOre > 0) rules.Add(new GoalRule.MinEquity(goals.MinEquityOre));
        if (goals.MinIndividualShareBasisPoints > 0) rules.Add(new GoalRule.MinIndividualEffortsShare(goals.MinIndividualShareBasisPoints));
        if (goals.NationalRecommendation)
        {
            rules.Add(new GoalRule.NationalEquityRecommendation(goals.RecommendationSteps.Select(s => new RecommendationStep(s.BudgetUpToOre, s.MaxEquityOre)).ToList()));
        }
        return rules;
    }
}
