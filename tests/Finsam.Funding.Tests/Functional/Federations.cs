using Finsam.Contracts.Funding.V1;

namespace Finsam.Funding.Tests.Functional;

// Federations as tests need them, each with an id of its own.
public static class Federations
{
    public static string NewId(string prefix = "f") => $"{prefix}-{Guid.NewGuid():N}"[..24];

    public static Federation Sundsvall() => new()
    {
        DisplayName = "Samordningsförbundet Sundsvall",
        Members =
        {
            new Member { MemberId = "forsakringskassan", Kind = MemberKind.Forsakringskassan, DisplayName = "Försäkringskassan" },
            new Member { MemberId = "arbetsformedlingen", Kind = MemberKind.Arbetsformedlingen, DisplayName = "Arbetsförmedlingen" },
            new Member { MemberId = "region-vasternorrland", Kind = MemberKind.Region, DisplayName = "Region Västernorrland" },
            new Member { MemberId = "sundsvalls-kommun", Kind = MemberKind.Municipality, DisplayName = "Sundsvalls kommun" },
        },
    };

    // On Gotland one body, Region Gotland, is both the region and the municipality.
    public static Federation Gotland() => new()
    {
        DisplayName = "Samordningsförbundet Gotland",
        Members =
        {
            new Member { MemberId = "forsakringskassan", Kind = MemberKind.Forsakringskassan, DisplayName = "Försäkringskassan" },
            new Member { MemberId = "arbetsformedlingen", Kind = MemberKind.Arbetsformedlingen, DisplayName = "Arbetsförmedlingen" },
            new Member { MemberId = "region-gotland", Kind = MemberKind.RegionAndMunicipality, DisplayName = "Region Gotland" },
        },
    };

    // Sundsvall's allocation for 2022: the state's half, 3 689 tkr.
    public const long Sundsvall2022StateOre = 368_900_000;

    // Sundsvall with a second municipality, the municipal quarter split by agreed shares.
    public static Federation WithAgreedShares(int sundsvall, int timra)
    {
        var federation = Sundsvall();
        federation.MunicipalShareBasis = ShareBasis.AgreedShares;
        federation.Members[3].AgreedShareBasisPoints = sundsvall;
        federation.Members.Add(new Member { MemberId = "timra-kommun", Kind = MemberKind.Municipality, DisplayName = "Timrå kommun", AgreedShareBasisPoints = timra });
        return federation;
    }
}
