using System.Globalization;
using System.Text;
using Google.Protobuf;

namespace Finsam.Budget.Tests.Functional;

// SIE files for the import's tests: made up here, or the real exports beside the tests.
public static class SieFiles
{
    static SieFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    // A year with one voucher: an amount for a purchase on 4010 against the bank, in code page 437.
    public static ByteString OneVoucher(int year, long ore = 125_050, string text = "Köpt tjänst åt Öppna dörren") =>
        InCodePage437(
            "#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#FNAMN \"Samordningsförbundet Älvdalen\"",
            $"#RAR 0 {year}0101 {year}1231", "#KONTO 4010 \"Köpta tjänster\"", "#KONTO 1930 \"Bank\"",
            $"#VER A 1 {year}0315 \"{text}\"", "{",
            $"#TRANS 4010 {{6 \"12\"}} {Kronor(ore)}", $"#TRANS 1930 {{}} {Kronor(-ore)}", "}");

    public static ByteString InCodePage437(params string[] lines) =>
        ByteString.CopyFrom(Encoding.GetEncoding(437).GetBytes(string.Join("\r\n", lines) + "\r\n"));

    public static ByteString Export(string name) => ByteString.CopyFrom(File.ReadAllBytes(Path.Combine("Exports", name)));

    private static string Kronor(long ore) => (ore / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}
