using Finsam.Contracts.Documents.V1;

namespace Finsam.Web.Public;

// The public pages' addresses of a published plan or annual report.
public static class PlanLinks
{
    public static string Version(string federationId, int year, int version) =>
        $"/planer/{Uri.EscapeDataString(federationId)}/{year}/{version}";

    public static string Version(DocumentKind kind, string federationId, int year, int version) =>
        kind == DocumentKind.AnnualReport
            ? $"/planer/{Uri.EscapeDataString(federationId)}/arsredovisning/{year}/{version}"
            : Version(federationId, year, version);

    // How the public pages title each kind.
    public static string Title(DocumentKind kind, int year) =>
        kind == DocumentKind.AnnualReport ? $"Årsredovisning {year}" : $"Verksamhetsplan och budget {year}";

    // The day it was published, in Sweden.
    public static DateOnly PublishedOn(DocumentVersion version) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(version.PublishTime.ToDateTimeOffset(), Stockholm).DateTime);

    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    // "federations/{federation}/documents/{year}/versions/{version}" or ".../annualReports/{year}/...".
    public static int YearOf(DocumentVersion version) => int.Parse(version.Name.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture);
}
