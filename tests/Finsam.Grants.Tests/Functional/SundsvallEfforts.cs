using Finsam.Contracts.Grants.V1;

namespace Finsam.Grants.Tests.Functional;

// "Insatser 2022" of shared/reference/: Sundsvall's granted efforts, in kronor.
public static class SundsvallEfforts
{
    public static readonly (string Id, string Name, EffortKind Kind, string Group, string Line, long Kronor)[] Of2022 =
    [
        ("forsakringskassehandlaggare", "Handläggare från Försäkringskassan", EffortKind.Individual, "Arbetsmarknadstorget", "Försäkringskassehandläggare", 193_000),
        ("sip-samordnare", "SIP-samordnare", EffortKind.Individual, "Arbetsmarknadstorget", "Sip-samordnare", 645_000),
        ("arbetskonsulenter", "Arbetskonsulenter", EffortKind.Individual, "Arbetsmarknadstorget", "3 st. Arbetskonsulenter", 1_894_000),
        ("arbetsformedlare", "Två arbetsförmedlare", EffortKind.Individual, "Arbetsmarknadstorget", "2 st. Arbetsförmedlare", 1_160_000),
        ("psykolog", "Psykolog", EffortKind.Individual, "Arbetsmarknadstorget", "Psykolog", 895_000),
        ("arbetsterapeut", "Arbetsterapeut", EffortKind.Individual, "Arbetsmarknadstorget", "Arbetsterapeut", 610_000),
        ("rehabvagledare", "Rehabvägledare", EffortKind.Individual, "Arbetsmarknadstorget", "Rehabvägledare", 620_000),
        ("utvecklingsledare", "Utvecklingsledare", EffortKind.Structural, "Strukturinriktade insatser", "Utvecklingsledare", 745_000),
        ("insatskatalogen", "Insatskatalogen", EffortKind.Structural, "Strukturinriktade insatser", "Insatskatalogen", 55_000),
        ("psykeveckan", "Psykeveckan", EffortKind.Structural, "Strukturinriktade insatser", "Psykeveckan", 50_000),
        ("kompetensutveckling", "Kompetensutveckling – Gemensamma utbildningar", EffortKind.Structural, "Strukturinriktade insatser", "Kompetensutveckling – Gemensamma utbildning", 100_000),
    ];
}
