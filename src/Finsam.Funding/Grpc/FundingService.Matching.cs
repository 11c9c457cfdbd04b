using Finsam.Funding.Data;
using Finsam.Funding.Domain;
using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceDefaults.Security;
using Finsam.ServiceKit.Security;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Contract = Finsam.Contracts.Funding.V1;

namespace Finsam.Funding.Grpc;

public sealed partial class FundingService
{
    public override async Task<Contract.Commitment> SetCommitment(Contract.SetCommitmentRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        if (request.Commitment is null)
        {
            FieldViolations.Throw("commitment", ViolationReason.Required, "Required.");
        }
        var key = ResourceNames.ParseCommitment(request.Commitment!.Name, "commitment.name", violations);
        violations.AddWhen(request.Commitment.CommittedOre is < 0 or > Validation.AllocationValidator.MaxAmountOre,
            "commitment.committed_ore", ViolationReason.OutOfRange, "An amount between 0 and a hundred billion kronor.");
        violations.ThrowIfAny();

        var (_, year, memberId) = key!.Value;

        var federationId = context.FederationId();
        var ct = context.CancellationToken;
        await RequireAllocationAsync(federationId, year, ct);
        var federation = await RequireFederationAsync(federationId, ct);
        if (federation.Members.SingleOrDefault(m => m.MemberId == memberId) is not { Kind: MemberKind.Region or MemberKind.Municipality })
        {
            FieldViolations.Throw("commitment.name", ViolationReason.InvalidValue, $"'{memberId}' is not a region or municipality of the federation.");
        }

        var entity = await db.Commitments.SingleOrDefaultAsync(c => c.FederationId == federationId && c.Year == year && c.MemberId == memberId, ct);
        var before = entity is null ? null : ToContract(entity);
        if (entity is null)
        {
            entity = new CommitmentEntity { FederationId = federationId, Year = year, MemberId = memberId };
            db.Commitments.Add(entity);
        }
        entity.CommittedOre = request.Commitment.CommittedOre;
        entity.UpdateTime = clock.StoredNow();
        var after = ToContract(entity);
        db.Record(context, clock, federationId, after.Name, before, after);
        await db.SaveChangesAsync(ct);
        return after;
    }

    public override async Task<Contract.ListCommitmentsResponse> ListCommitments(Contract.ListCommitmentsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var key = ResourceNames.ParseYearChild(request.Parent, "allocations", "parent", violations);
        violations.ThrowIfAny();

        var (_, year) = key!.Value;

        var federationId = context.FederationId();
        var ct = context.CancellationToken;
        await RequireAllocationAsync(federationId, year, ct);
        var commitments = await db.Commitments.AsNoTracking()
            .Where(c => c.FederationId == federationId && c.Year == year)
            .OrderBy(c => c.MemberId)
            .ToListAsync(ct);
        var response = new Contract.ListCommitmentsResponse();
        response.Commitments.AddRange(commitments.Select(ToContract));
        return response;
    }

    // The allocation with what its announcements and the members' commitments make of it.
    private async Task<Contract.Allocation> DescribeAsync(AllocationEntity allocation, CancellationToken ct)
    {
        var contract = allocation.ToContract();
        var (_, matching, latest) = await MatchAsync(allocation, ct);
        contract.LatestAnnouncement = latest is null ? "" : ResourceNames.Announcement(allocation.FederationId, allocation.Year, latest.Sequence);
        if (matching is not null)
        {
            contract.MatchedStateAmountOre = matching.StateOre;
            contract.Final = allocation.Status == AllocationStatus.Decided && matching.FullyMatched;
        }
        return contract;
    }

    // Null matching when the federation's members do not yet allow contributions at all.
    private async Task<(FederationEntity Federation, MatchingResult? Matching, AnnouncementEntity? Latest)> MatchAsync(AllocationEntity allocation, CancellationToken ct)
    {
        var federation = await db.Federations.AsNoTracking().SingleAsync(f => f.Id == allocation.FederationId, ct);
        var commitments = await db.Commitments.AsNoTracking()
            .Where(c => c.FederationId == allocation.FederationId && c.Year == allocation.Year)
            .ToDictionaryAsync(c => c.MemberId, c => c.CommittedOre, ct);
        var latest = await db.Announcements.AsNoTracking()
            .Where(a => a.FederationId == allocation.FederationId && a.Year == allocation.Year)
            .OrderByDescending(a => a.Sequence)
            .FirstOrDefaultAsync(ct);
        try
        {
            var matching = Matching.Match(allocation.StateAmountOre, allocation.DeclinedOre, federation.Members,
                federation.RegionalShareBasis, federation.MunicipalShareBasis, commitments);
            return (federation, matching, latest);
        }
        catch (FundingRuleException)
        {
            return (federation, null, latest);
        }
    }

    private static Contract.Commitment ToContract(CommitmentEntity entity) => new()
    {
        Name = ResourceNames.Commitment(entity.FederationId, entity.Year, entity.MemberId),
        CommittedOre = entity.CommittedOre,
        UpdateTime = Timestamp.FromDateTimeOffset(entity.UpdateTime),
    };
}
