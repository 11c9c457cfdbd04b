using Finsam.Funding.Domain;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceDefaults.Security;
using Finsam.ServiceKit.Security;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Contract = Finsam.Contracts.Funding.V1;

namespace Finsam.Funding.Grpc;

public sealed partial class FundingService
{
    public override async Task<Contract.Contributions> GetContributions(Contract.GetContributionsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var key = ResourceNames.ParseYearChild(request.Name, "contributions", "name", violations);
        if (key is { } parsed)
        {
            years.Validate(parsed.Year, "name", violations);
        }
        violations.ThrowIfAny();

        var (_, year) = key!.Value;

        var federationId = context.FederationId();
        var (breakdown, allocationName, latest, final) = await ComputeContributionsAsync(federationId, year, context.CancellationToken);

        var contributions = new Contract.Contributions
        {
            Name = request.Name,
            Year = year,
            Allocation = allocationName,
            AllocationStatus = final.Status.ToContract(),
            TotalOre = breakdown.TotalOre,
            StateOre = breakdown.StateOre,
            RegionsOre = breakdown.RegionsOre,
            MunicipalitiesOre = breakdown.MunicipalitiesOre,
            Announcement = latest,
            Final = final.IsFinal,
        };
        contributions.Members.AddRange(breakdown.Members.Select(line => new Contract.MemberContribution
        {
            MemberId = line.Member.MemberId,
            Kind = line.Member.Kind.ToContract(),
            DisplayName = line.Member.DisplayName,
            AmountOre = line.AmountOre,
        }));
        return contributions;
    }

    // What each member pays: the state's part as the members match it, split by the act's rules.
    private async Task<(ContributionBreakdown Breakdown, string Allocation, string Announcement, (AllocationStatus Status, bool IsFinal) Final)> ComputeContributionsAsync(
        string federationId, int year, CancellationToken ct)
    {
        await RequireFederationAsync(federationId, ct);
        var allocationName = ResourceNames.Allocation(federationId, year);
        var allocation = await db.Allocations.AsNoTracking().SingleOrDefaultAsync(a => a.FederationId == federationId && a.Year == year, ct)
            ?? throw GrpcErrors.FailedPrecondition(allocationName, $"No state allocation is recorded for {year}; record it first.");

        var (federation, matching, latest) = await MatchAsync(allocation, ct);
        try
        {
            var breakdown = ContributionRules.Split(matching?.StateOre ?? allocation.StateAmountOre, federation.Members,
                federation.RegionalShareBasis, federation.MunicipalShareBasis);
            var announcement = latest is null ? "" : ResourceNames.Announcement(federationId, year, latest.Sequence);
            var isFinal = allocation.Status == AllocationStatus.Decided && matching?.FullyMatched == true;
            return (breakdown, allocationName, announcement, (allocation.Status, isFinal));
        }
        catch (FundingRuleException rule)
        {
            throw GrpcErrors.FailedPrecondition(ResourceNames.Federation(federationId), rule.Message);
        }
    }
}
