using System.Text;
using System.Text.Unicode;

namespace Finsam.ServiceKit.Csv;

// Bytes to text by what the bytes are, as there is nothing in a CSV file that declares it:
// UTF-8 when they are valid UTF-8, otherwise Windows-1252. A byte order mark is dropped either
// way, so that it never sticks to the first column's name.
public static class CsvText
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    // An .xlsx workbook is a zip archive; the likeliest wrong file for an officer to pick.
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    static CsvText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    // Why the bytes are no text file at all, or null: one problem for the file instead of a
    // hundred about lines that were never lines.
    public static string? NotText(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(ZipSignature))
        {
            return "filen är en Excel-arbetsbok, inte en CSV-fil: spara den i Excel som CSV (semikolonavgränsad)";
        }
        // A NUL is in no text a spreadsheet saves as CSV in UTF-8 or Windows-1252 (UTF-16 has them).
        return bytes.Contains((byte)0)
            ? "filen är ingen textfil: spara den som CSV i UTF-8 eller Windows-1252"
            : null;
    }

    public static (string Text, CsvEncoding Encoding) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Utf8Bom))
        {
            bytes = bytes[Utf8Bom.Length..];
        }
        return Utf8.IsValid(bytes)
            ? (Encoding.UTF8.GetString(bytes), CsvEncoding.Utf8)
            : (Encoding.GetEncoding(1252).GetString(bytes), CsvEncoding.Windows1252);
    }
}
