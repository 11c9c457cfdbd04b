namespace Finsam.Funding.Data;

// What a region or municipality has committed to pay for a year.
public sealed class CommitmentEntity
{
    public required string FederationId { get; init; }

    public int Year { get; init; }

    public required string MemberId { get; init; }

    public long CommittedOre { get; set; }

    public DateTimeOffset UpdateTime { get; set; }
}
