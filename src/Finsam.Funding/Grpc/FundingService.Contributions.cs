using Finsam.Funding.Domain;
using Finsam.ServiceDefaults.Grpc;
using Finsam.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Contract = Finsam.Contracts.Funding.V1;

namespace Finsam.Funding.Grpc;

public sealed partial class FundingService
{
    [FederationAccess(Access.Read)]
    public override async Task<Contract.Contributions> GetContributions(Contract.GetContributionsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var key = ResourceNames.ParseYearChild(request.Name, "contributions", "name", violations);
        if (key is { } parsed)
        {
            years.Validate(parsed.Year, "name", violations);
        }
        violations.ThrowIfAny();

        var (federationId, year) = key!.Value;
        var ct = context.CancellationToken;
        var federation = await db.Federations.AsNoTracking().SingleOrDefaultAsync(f => f.Id == federationId, ct)
            ?? throw GrpcErrors.NotFound(ResourceNames.Federation(federationId));
        var allocationName = ResourceNames.Allocation(federationId, year);
        var allocation = await db.Allocations.AsNoTracking().SingleOrDefaultAsync(a => a.FederationId == federationId && a.Year == year, ct)
            ?? throw GrpcErrors.FailedPrecondition(allocationName, $"No state allocation is recorded for {year}; record it first.");

        ContributionBreakdown breakdown;
        try
        {
            breakdown = ContributionRules.Split(allocation.StateAmountOre, federation.Members, federation.RegionalShareBasis, federation.MunicipalShareBasis);
        }
        catch (FundingRuleException rule)
        {
            throw GrpcErrors.FailedPrecondition(ResourceNames.Federation(federationId), rule.Message);
        }

        var contributions = new Contract.Contributions
        {
            Name = request.Name,
            Year = year,
            Allocation = allocationName,
            AllocationStatus = allocation.Status.ToContract(),
            TotalOre = breakdown.TotalOre,
            StateOre = breakdown.StateOre,
            RegionsOre = breakdown.RegionsOre,
            MunicipalitiesOre = breakdown.MunicipalitiesOre,
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
}
