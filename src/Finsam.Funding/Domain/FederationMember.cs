namespace Finsam.Funding.Domain;

// A member organisation as the contribution rules see it. Population and agreed share
// matter only for regions and municipalities, under their kind's share basis.
public sealed record FederationMember(
    string MemberId,
    MemberKind Kind,
    string DisplayName,
    long Population,
    int AgreedShareBasisPoints);
