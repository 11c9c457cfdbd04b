using Finsam.Funding.Domain;

namespace Finsam.Funding.Data;

// A year's allocation with what its contributions are computed from: the regions' and
// municipalities' commitments, and the number of the latest announcement.
public sealed record FundedAllocation(AllocationEntity Allocation, IReadOnlyDictionary<string, long> Commitments, int? LatestAnnouncement)
{
    public AllocationOutcome Outcome(FederationEntity federation) =>
        AllocationOutcome.Of(Allocation.Figures(), federation.Terms(), Commitments);
}
