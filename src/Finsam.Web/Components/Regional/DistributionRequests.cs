using Finsam.Contracts.Funding.V1;

namespace Finsam.Web.Components.Regional;

// The national model asked twice with the same figures: without the brake, and with it where
// the regional body gives a largest fall, so the two can be read side by side.
public static class DistributionRequests
{
    public static (DistributeStateAllocationRequest Unbraked, DistributeStateAllocationRequest? Braked) For(long nationalTotalOre, long baseAmountOre, int supportShareBasisPoints, int? maxFallBasisPoints, IEnumerable<DistributionEntry> entries)
    {
        var unbraked = new DistributeStateAllocationRequest
        {
            NationalTotalOre = nationalTotalOre,
            BaseAmountOre = baseAmountOre,
            SupportShareBasisPoints = supportShareBasisPoints,
        };
        unbraked.Federations.AddRange(entries.Select(entry => new FederationMeasures
        {
            Federation = entry.Federation,
            Population1664 = entry.Population16To64,
            SupportMeasure = entry.SupportMeasure,
            LastYearOre = entry.LastYearOre,
        }));
        DistributeStateAllocationRequest? braked = null;
        if (maxFallBasisPoints is { } maxFall)
        {
            braked = unbraked.Clone();
            braked.MaxFallBasisPoints = maxFall;
        }
        return (unbraked, braked);
    }

    // Funding's answers to both: without the brake, and with it where one is given.
    public static async Task<(DistributeStateAllocationResponse WithoutBrake, DistributeStateAllocationResponse? WithBrake)> DistributeAsync(
        FundingService.FundingServiceClient funding, long nationalTotalOre, long baseAmountOre, int supportShareBasisPoints, int? maxFallBasisPoints,
        IEnumerable<DistributionEntry> entries, CancellationToken ct = default)
    {
        var (unbraked, braked) = For(nationalTotalOre, baseAmountOre, supportShareBasisPoints, maxFallBasisPoints, entries);
        var withoutBrake = await funding.DistributeStateAllocationAsync(unbraked, cancellationToken: ct);
        var withBrake = braked is null ? null : await funding.DistributeStateAllocationAsync(braked, cancellationToken: ct);
        return (withoutBrake, withBrake);
    }
}
