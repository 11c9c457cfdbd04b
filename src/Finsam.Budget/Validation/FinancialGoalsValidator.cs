using Finsam.ServiceKit.Grpc;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Validation;

// The board's goals: shares in basis points (0 to 10 000), amounts not below zero.
public static class FinancialGoalsValidator
{
    private const int Whole = 10_000;

    public static Contract.FinancialGoals Validate(Contract.SetFinancialGoalsRequest request)
    {
        FieldViolations.ThrowWhen(request.FinancialGoals is null, "financial_goals", ViolationReason.Required, "Required.");
        var goals = request.FinancialGoals!;
        var violations = new FieldViolations();
        Names.FinancialGoals.Parse(goals.Name, "financial_goals.name", violations);
        violations.AddWhen(goals.MaxEquityShareBasisPoints is < 0 or > Whole, "financial_goals.max_equity_share_basis_points", ViolationReason.OutOfRange, "Between 0 and 10 000.");
        violations.AddWhen(goals.MinIndividualShareBasisPoints is < 0 or > Whole, "financial_goals.min_individual_share_basis_points", ViolationReason.OutOfRange, "Between 0 and 10 000.");
        violations.AddWhen(goals.MinEquityOre < 0, "financial_goals.min_equity_ore", ViolationReason.OutOfRange, "Cannot be negative.");
        violations.AddWhen(goals.RecommendationSteps.Any(s => s.BudgetUpToOre <= 0 || s.MaxEquityOre < 0), "financial_goals.recommendation_steps", ViolationReason.OutOfRange, "Each step: a budget size above zero and an equity not below zero.");
        violations.ThrowIfAny();
        return goals;
    }
}
