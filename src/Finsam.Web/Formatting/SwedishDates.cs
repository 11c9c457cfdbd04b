using System.Globalization;
namespace Finsam.Web.Formatting;

// Dates as the plans print them: "26 november 2021"; short ones as ISO, as Swedes write them.
public static class SwedishDates
{
    public static string Long(DateOnly date) => date.ToString("d MMMM yyyy", Swedish.Culture);

    // A date as the services send it (YYYY-MM-DD), as the plans print it; anything else as sent.
    public static string Long(string isoDate) =>
        DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? Long(date) : isoDate;

    public static string Short(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Stockholm).ToString("yyyy-MM-dd HH:mm", Swedish.Culture);

    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");
}
