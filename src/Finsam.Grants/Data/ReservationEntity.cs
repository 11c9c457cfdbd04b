namespace Finsam.Grants.Data;

public sealed class ReservationEntity
{
    public required string FederationId { get; init; }

    public int Year { get; init; }

    public long AmountOre { get; set; }

    public string Label { get; set; } = "";
}
