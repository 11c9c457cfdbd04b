namespace Finsam.Funding.Domain;

// What the contribution rules need of a federation: its members, and how several regions or
// municipalities split their quarter (the charter, section 9).
public sealed record MemberTerms(IReadOnlyList<FederationMember> Members, ShareBasis RegionalBasis, ShareBasis MunicipalBasis);
