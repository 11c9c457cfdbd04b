using System.Globalization;

namespace Finsam.Web.Spreadsheets;

// What one cell of an uploaded sheet holds: text, a number as the file wrote it, an error
// value (#VÄRDEFEL!), or nothing.
public sealed record SheetValue(int Row, int Column, string? Text, decimal? Number, string? Error)
{
    public bool IsEmpty => Error is null && Number is null && string.IsNullOrWhiteSpace(Text);

    // As the person sees it, quoted in a problem: ”abc”.
    public string Shown => Error ?? Text ?? Number?.ToString(CultureInfo.GetCultureInfo("sv-SE")) ?? "";
}
