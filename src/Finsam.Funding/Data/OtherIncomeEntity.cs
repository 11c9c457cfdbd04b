using Finsam.Funding.Domain;

namespace Finsam.Funding.Data;

public sealed class OtherIncomeEntity
{
    public required string FederationId { get; init; }

    public required string Id { get; init; }

    public int Year { get; init; }

    public OtherIncomeKind Kind { get; init; }

    public long AmountOre { get; init; }

    public required string Note { get; init; }

    public string? RequestId { get; init; }

    public DateTimeOffset CreateTime { get; init; }
}
