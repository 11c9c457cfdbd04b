using Finsam.Contracts.Funding.V1;

namespace Finsam.Web.Components.Shared;

// Member kinds as officers name them.
public static class MemberKinds
{
    public static readonly IReadOnlyList<MemberKind> Choosable =
        [MemberKind.Municipality, MemberKind.Region, MemberKind.RegionAndMunicipality, MemberKind.Forsakringskassan, MemberKind.Arbetsformedlingen];

    public static readonly IReadOnlyList<(MemberKind Value, string Text)> Options = [.. Choosable.Select(kind => (kind, Text(kind)))];

    public static string Text(MemberKind kind) => kind switch
    {
        MemberKind.Forsakringskassan => "Försäkringskassan",
        MemberKind.Arbetsformedlingen => "Arbetsförmedlingen",
        MemberKind.Region => "Region",
        MemberKind.Municipality => "Kommun",
        MemberKind.RegionAndMunicipality => "Region och kommun",
        _ => "Ej angiven",
    };
}
