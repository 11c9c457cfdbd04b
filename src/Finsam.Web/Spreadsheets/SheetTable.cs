namespace Finsam.Web.Spreadsheets;

// A table as a person sees it on a page, ready for a file: its sheet's name, Swedish column
// headers and its rows in order (totals included, as the page shows them).
public sealed record SheetTable(string SheetName, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<SheetCell>> Rows)
{
    // Excel's own limit on a sheet's name, and the characters it refuses in one.
    public const int MaxSheetNameLength = 31;

    public static string SheetNameFrom(string text)
    {
        var cleaned = new string([.. text.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']'))]).Trim();
        return cleaned.Length == 0 ? "Tabell" : cleaned[..Math.Min(cleaned.Length, MaxSheetNameLength)];
    }
}
