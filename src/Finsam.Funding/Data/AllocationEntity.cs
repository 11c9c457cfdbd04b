using Finsam.Funding.Domain;

namespace Finsam.Funding.Data;

public sealed class AllocationEntity
{
    public required string FederationId { get; set; }

    public int Year { get; set; }

    public long StateAmountOre { get; set; }

    public AllocationStatus Status { get; set; }

    public long DeclinedOre { get; set; }

    public string? RequestId { get; set; }

    public DateTimeOffset CreateTime { get; set; }

    public DateTimeOffset UpdateTime { get; set; }

    public uint Version { get; set; }

    public AllocationFigures Figures() => new(Status, StateAmountOre, DeclinedOre);
}
