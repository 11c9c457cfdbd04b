using Finsam.Contracts.Documents.V1;

namespace Finsam.Web.Public;

// The public pages' addresses of a published plan.
public static class PlanLinks
{
    public static string Version(string federationId, int year, int version) =>
        $"/planer/{Uri.EscapeDataString(federationId)}/{year}/{version}";

    // The day it was published, in Sweden.
    public static DateOnly PublishedOn(DocumentVersion version) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(version.PublishTime.ToDateTimeOffset(), Stockholm).DateTime);

    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    // "federations/{federation}/documents/{year}/versions/{version}"
    public static int YearOf(DocumentVersion version) => int.Parse(version.Name.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture);
}
