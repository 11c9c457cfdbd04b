using Finsam.Funding.Domain;

namespace Finsam.Funding.Data;

// One instalment of one member's yearly contribution. The id is
// "{year}-{member}-{instalment}", so raising the same invoice twice is impossible.
public sealed class InvoiceEntity
{
    public required string FederationId { get; init; }

    public required string Id { get; init; }

    public int Year { get; init; }

    public required string MemberId { get; init; }

    public int Instalment { get; init; }

    public DateOnly DueOn { get; init; }

    public long AmountOre { get; init; }

    public DateTimeOffset CreateTime { get; init; }

    public List<PaymentEntity> Payments { get; init; } = [];

    public InvoiceBalance Balance() => InvoiceBalance.Of(AmountOre, Payments.Select(p => p.AmountOre));
}
