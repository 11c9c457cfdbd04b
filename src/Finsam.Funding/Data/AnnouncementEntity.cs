using Finsam.Funding.Domain;

namespace Finsam.Funding.Data;

// One announcement of a year's allocation; kept for ever, in order.
public sealed class AnnouncementEntity
{
    public required string FederationId { get; init; }

    public int Year { get; init; }

    public int Sequence { get; init; }

    public AnnouncementKind Kind { get; init; }

    public long StateAmountOre { get; init; }

    public DateOnly AnnouncedOn { get; init; }

    public required string Source { get; init; }

    public string? RequestId { get; init; }

    public DateTimeOffset CreateTime { get; init; }
}
