namespace Finsam.Budget.Data;

public sealed class FinancialGoalsEntity
{
    public required string FederationId { get; init; }

    public required string DocumentJson { get; set; }
}
