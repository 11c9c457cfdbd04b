namespace Finsam.Funding.Data;

public sealed class PaymentEntity
{
    public required string FederationId { get; init; }

    public required string InvoiceId { get; init; }

    public required string Id { get; init; }

    public long AmountOre { get; init; }

    public DateOnly PaidOn { get; init; }

    public required string Reference { get; init; }

    // Unique per federation: a payment recorded twice with it counts once.
    public required string RequestId { get; init; }

    public DateTimeOffset CreateTime { get; init; }
}
