using Finsam.Contracts.Funding.V1;

namespace Finsam.Web.Components.Shared;

// The app's addresses for a federation's pages, from its resource name "federations/{id}".
public static class FederationLinks
{
    public static string IdOf(Federation federation) => federation.Name["federations/".Length..];

    public static string Overview(Federation federation) => Overview(IdOf(federation));

    public static string Overview(string federationId) => $"/forbund/{federationId}";

    public static string Allocations(string federationId) => $"/forbund/{federationId}/tilldelning";

    public static string Contributions(string federationId, int year) => $"/forbund/{federationId}/bidrag/{year}";

    public static string AllocationYear(string federationId, int year) => $"/forbund/{federationId}/tilldelning/{year}";

    public static string Invoicing(string federationId, int year) => $"/forbund/{federationId}/fakturering/{year}";

    public static string Efforts(string federationId) => $"/forbund/{federationId}/insatser";

    // An effort's own page, from its resource name "federations/{federation}/efforts/{effort}".
    public static string Effort(string effortName)
    {
        var parts = effortName.Split('/');
        return $"/forbund/{parts[1]}/insatser/{parts[3]}";
    }

    public static string Budget(string federationId) => $"/forbund/{federationId}/budget";

    // What the accounts booked in the financial year that begins in the given year.
    public static string Actuals(string federationId, int year) => $"/forbund/{federationId}/utfall/{year}";

    // The year's participants of every effort, and their import from a table.
    public static string Participants(string federationId, int year) => $"/forbund/{federationId}/deltagare/{year}";

    // The board's financial goals, judged against the given year's budget.
    public static string Goals(string federationId, int year) => $"/forbund/{federationId}/mal?ar={year}";

    // What-ifs beside the given year's budget.
    public static string Scenarios(string federationId, int year) => $"/forbund/{federationId}/scenarier?ar={year}";

    public static string PlanDocument(string federationId, int year) => $"/forbund/{federationId}/dokument/{year}";

    public static string AnnualReport(string federationId, int year) => $"/forbund/{federationId}/arsredovisning/{year}";

    // The template page's "dokument" for the annual report's template.
    public const string AnnualReportDocument = "arsredovisning";

    public static string AnnualReportTemplate(string federationId, int year) => $"/forbund/{federationId}/mall?dokument={AnnualReportDocument}&ar={year}";

    // The federation's document template, previewed with the given year's figures and text.
    public static string Template(string federationId, int year) => $"/forbund/{federationId}/mall?ar={year}";

    public static string Access(string federationId) => $"/forbund/{federationId}/behorigheter";

    // The history, of the whole federation or of one resource (and what lies under it, unless
    // exactly that resource), from one service's trail or all four.
    public static string History(string federationId, string resource = "", string service = "", bool exact = false)
    {
        var query = new List<string>();
        if (resource.Length > 0)
        {
            // Slashes may stand in a query, and the address stays readable.
            query.Add($"resurs={Uri.EscapeDataString(resource).Replace("%2F", "/", StringComparison.Ordinal)}");
        }
        if (service.Length > 0)
        {
            query.Add($"tjanst={Uri.EscapeDataString(service)}");
        }
        if (exact)
        {
            query.Add("exakt=ja");
        }
        return $"/forbund/{federationId}/historik" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
    }
}
