namespace Finsam.Funding.Domain;

// A member's line and its part of each quarter: a member that is both region and
// municipality pays both parts on one line.
public sealed record MemberContribution(FederationMember Member, long AmountOre, long RegionalPartOre = 0, long MunicipalPartOre = 0);

// What the members pay for one year: the state half, the regions' quarter and the
// municipalities' quarter, and the line of every paying member.
public sealed record ContributionBreakdown(
    long StateOre,
    long RegionsOre,
    long MunicipalitiesOre,
    IReadOnlyList<MemberContribution> Members)
{
    public long TotalOre => StateOre + RegionsOre + MunicipalitiesOre;
}
