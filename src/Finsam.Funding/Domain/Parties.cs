namespace Finsam.Funding.Domain;

// Who shares which quarter (the act, section 5): the regions one, the municipalities the
// other. A member that is both region and municipality is in both parties.
public static class Parties
{
    public static bool IsRegional(this MemberKind kind) => kind is MemberKind.Region or MemberKind.RegionAndMunicipality;

    public static bool IsMunicipal(this MemberKind kind) => kind is MemberKind.Municipality or MemberKind.RegionAndMunicipality;

    // The members who match the state and so commit what they pay.
    public static bool MatchesTheState(this MemberKind kind) => kind.IsRegional() || kind.IsMunicipal();
}
