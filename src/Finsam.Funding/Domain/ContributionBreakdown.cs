namespace Finsam.Funding.Domain;

public sealed record MemberContribution(FederationMember Member, long AmountOre);

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
