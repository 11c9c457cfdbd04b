namespace Finsam.Funding.Domain;

// A member organisation as the contribution rules see it. Population and agreed share
// matter only for regions and municipalities, under their party's share basis; a member that
// is both uses the same figures in both parties (ContributionRules).
public sealed record FederationMember(
    string MemberId,
    MemberKind Kind,
    string DisplayName,
    long Population,
    int AgreedShareBasisPoints);
