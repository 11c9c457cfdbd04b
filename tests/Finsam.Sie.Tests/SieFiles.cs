using System.Text;

namespace Finsam.Sie.Tests;

// Made-up SIE files: lines joined as the format writes them, in the encoding asked for.
internal static class SieFiles
{
    static SieFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static byte[] InCodePage(int codePage, params string[] lines) =>
        Encoding.GetEncoding(codePage).GetBytes(string.Join("\r\n", lines) + "\r\n");

    public static byte[] InUtf8(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");

    // A federation's head, financial year July to June.
    public static readonly string[] Head =
    [
        "#FLAGGA 0",
        "#FORMAT PC8",
        "#SIETYP 4",
        "#PROGRAM \"Räkna Ekonomi\" 1.0",
        "#FNAMN \"Samordningsförbundet Älvdalen\"",
        "#ORGNR 222000-1234",
        "#RAR 0 20260701 20270630",
        "#DIM 6 \"Projekt\"",
        "#OBJEKT 6 \"12\" \"Steget vidare - Ung i Östra\"",
        "#KONTO 4010 \"Köpta tjänster\"",
        "#KONTO 1930 \"Bank\"",
    ];
}
