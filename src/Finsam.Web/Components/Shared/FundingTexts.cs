using System.Globalization;
using Finsam.Contracts.Funding.V1;
using Finsam.Web.Formatting;
using Finsam.Web.Gateway;
using Grpc.Core;

namespace Finsam.Web.Components.Shared;

// The federation's money as officers name it: Försäkringskassan's announcements, other income,
// instalment plans, and funding's refusals, which the service words in English for developers.
public static class FundingTexts
{
    public static readonly IReadOnlyList<(AnnouncementKind Value, string Text)> AnnouncementKinds =
    [
        (AnnouncementKind.Preliminary, Announcement(AnnouncementKind.Preliminary)),
        (AnnouncementKind.Decision, Announcement(AnnouncementKind.Decision)),
        (AnnouncementKind.Revision, Announcement(AnnouncementKind.Revision)),
    ];

    public static readonly IReadOnlyList<(OtherIncomeKind Value, string Text)> OtherIncomeKinds =
    [
        (OtherIncomeKind.Interest, OtherIncome(OtherIncomeKind.Interest)),
        (OtherIncomeKind.ProjectGrant, OtherIncome(OtherIncomeKind.ProjectGrant)),
        (OtherIncomeKind.Other, OtherIncome(OtherIncomeKind.Other)),
    ];

    public static readonly IReadOnlyList<(InstalmentFrequency Value, string Text)> Frequencies =
    [
        (InstalmentFrequency.Yearly, Frequency(InstalmentFrequency.Yearly)),
        (InstalmentFrequency.HalfYearly, Frequency(InstalmentFrequency.HalfYearly)),
        (InstalmentFrequency.Quarterly, Frequency(InstalmentFrequency.Quarterly)),
    ];

    public static string Announcement(AnnouncementKind kind) => kind switch
    {
        AnnouncementKind.Preliminary => "Lägesrapport (preliminär)",
        AnnouncementKind.Decision => "Beslut",
        AnnouncementKind.Revision => "Revidering",
        _ => "Ej angivet",
    };

    public static string OtherIncome(OtherIncomeKind kind) => kind switch
    {
        OtherIncomeKind.Interest => "Ränta",
        OtherIncomeKind.ProjectGrant => "Projektbidrag",
        OtherIncomeKind.Other => "Övrigt",
        _ => "Ej angivet",
    };

    public static string Frequency(InstalmentFrequency frequency) => frequency switch
    {
        InstalmentFrequency.Yearly => "En gång om året",
        InstalmentFrequency.HalfYearly => "Halvårsvis (två delbetalningar)",
        InstalmentFrequency.Quarterly => "Kvartalsvis (fyra delbetalningar)",
        _ => "Ej angiven",
    };

    public static string Status(Allocation allocation) => allocation.Status switch
    {
        AllocationStatus.Decided => allocation.Final ? "Beslutad och matchad" : "Beslutad",
        _ => "Preliminär",
    };

    // Regions and municipalities match the state's part, so they are the members who commit.
    public static bool Commits(MemberKind kind) =>
        kind is MemberKind.Region or MemberKind.Municipality or MemberKind.RegionAndMunicipality;

    // The plan the raised invoices follow: as many instalments as the plan has, for every member.
    public static InstalmentFrequency FrequencyOf(IEnumerable<Invoice> invoices) =>
        invoices.Select(invoice => invoice.Instalment).DefaultIfEmpty(0).Max() switch
        {
            1 => InstalmentFrequency.Yearly,
            2 => InstalmentFrequency.HalfYearly,
            4 => InstalmentFrequency.Quarterly,
            _ => InstalmentFrequency.Unspecified,
        };


    // A date as the services take it.
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // The last part of a resource name: the member of a commitment, the sequence of an announcement.
    public static string IdOf(string resourceName) => resourceName[(resourceName.LastIndexOf('/') + 1)..];

    // A refusal of one of funding's rules, in Swedish: each of these calls is refused by one rule
    // only, so the page knows which; every other problem stays as CallProblem words it.
    public static CallProblem Refusal(CallProblem problem, string explanation) =>
        problem.Status == StatusCode.FailedPrecondition ? problem.WithExplanation(explanation) : problem;

    public const string AnnouncementAfterDecision =
        "Tilldelningen är redan beslutad. Efter beslutet kan bara en revidering registreras.";

    public const string PaymentAboveOutstanding =
        "Inbetalningen är större än det som återstår att betala på fakturan.";

    public static string PlanAfterInvoices(int year) =>
        $"Fakturorna för {year} är redan skapade, så avbetalningsplanen kan inte längre ändras.";

    public static string InvoicesWithoutPlan(int year) =>
        $"Fakturor för {year} kan skapas först när året har en avbetalningsplan, en registrerad tilldelning och medlemmar som bidragen kan fördelas på.";
}
