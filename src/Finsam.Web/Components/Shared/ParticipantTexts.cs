using Finsam.Contracts.Grants.V1;
using Finsam.Web.Formatting;

namespace Finsam.Web.Components.Shared;

// The participants' counts as people read them, in the national follow-up's groups, by the
// contract's field names.
public static class ParticipantTexts
{
    private static readonly (string Count, string Verb) Started = ("started", "startade");

    // Each group with the count its breakdown may not exceed (the grants service refuses more):
    // those who started are broken down by gender, age and provision before; those who ended by
    // where they went.
    public static readonly IReadOnlyList<(string Group, IReadOnlyList<(string Count, string Label)> Rows, (string Count, string Verb)? Whole)> Groups =
    [
        ("Deltagare", [("started", "Startade under året"), ("ongoing", "Pågående vid årets slut"), ("ended", "Avslutade under året")], null),
        ("De som startade, efter kön", [("women", "Kvinnor"), ("men", "Män")], Started),
        ("De som startade, efter ålder", [("aged_16_to_29", "16–29 år"), ("aged_30_to_49", "30–49 år"), ("aged_50_to_64", "50–64 år")], Started),
        ("De som startade, försörjning före", [("before_sickness_benefit", "Sjukpenning"), ("before_activity_support", "Aktivitetsersättning"), ("before_income_support", "Försörjningsstöd"), ("before_no_income", "Ingen försörjning"), ("before_other", "Annan försörjning")], Started),
        ("De som avslutade, efter insatsen", [("after_work", "Arbete"), ("after_studies", "Studier"), ("after_job_seeking", "Arbetssökande"), ("after_other", "Annat")], ("ended", "avslutade")),
    ];

    // A count of the officers' own data, by the contract's field name: never masked, they are theirs.
    public static int Count(Participants participants, string count) =>
        (int)(Participants.Descriptor.FindFieldByName(count)?.Accessor.GetValue(participants) ?? 0);

    // "69,2 %" of those who ended went to work or studies; "–" when nobody ended.
    public static string ToWorkOrStudies(ParticipantSummary summary) =>
        summary.HasToWorkOrStudiesPermille ? (summary.ToWorkOrStudiesPermille / 10m).ToString("0.0", Swedish.Culture) + " %" : "–";

    // Sets a count by the contract's field name.
    public static void Set(Participants participants, string count, int value) =>
        Participants.Descriptor.FindFieldByName(count)!.Accessor.SetValue(participants, value);

    // "Tillsammans 14, fler än de 12 som startade": a breakdown over its whole, or null.
    public static string? Overcount(Participants participants, IReadOnlyList<(string Count, string Label)> rows, (string Count, string Verb)? whole)
    {
        if (whole is not { } of)
        {
            return null;
        }
        var sum = rows.Sum(row => Count(participants, row.Count));
        var most = Count(participants, of.Count);
        return sum > most ? $"Tillsammans {sum}, fler än de {most} som {of.Verb}." : null;
    }
}
