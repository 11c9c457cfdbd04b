using Finsam.Contracts.Funding.V1;

namespace Finsam.Web.Components.Regional;

// The model's answer per federation, without the brake and, where one was asked for, with it.
public sealed record DistributionOutcome(string Federation, string DisplayName, FederationShare Unbraked, FederationShare? Braked)
{
    // The rows in the order the federations were entered, each with the model's share of it.
    public static IReadOnlyList<DistributionOutcome> Combine(IReadOnlyList<DistributionEntry> entries, DistributeStateAllocationResponse unbraked, DistributeStateAllocationResponse? braked)
    {
        var withoutBrake = unbraked.Shares.ToDictionary(share => share.Federation, StringComparer.Ordinal);
        var withBrake = braked?.Shares.ToDictionary(share => share.Federation, StringComparer.Ordinal);
        return
        [
            .. entries.Select(entry => new DistributionOutcome(
                entry.Federation,
                entry.DisplayName,
                withoutBrake[entry.Federation],
                withBrake?[entry.Federation])),
        ];
    }
}
