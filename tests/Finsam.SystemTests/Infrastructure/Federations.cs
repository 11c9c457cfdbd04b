using Finsam.Contracts.Funding.V1;

namespace Finsam.SystemTests.Infrastructure;

// Federations as tests need them, each with an id of its own so tests never collide.
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

    // Sundsvall's allocation for 2022: the state's half, 3 689 tkr.
    public const long Sundsvall2022StateOre = 368_900_000;
}
