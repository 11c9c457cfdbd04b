using System.Text;

namespace Finsam.Sie;

// Bytes to text, by what the bytes are rather than by what #FORMAT declares: strict UTF-8 when
// it decodes and has letters beyond ASCII, otherwise code page 437 or Windows-1252, whichever
// reads more of the high bytes as Swedish letters (å ä ö Å Ä Ö é).
public static class SieText
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    // Where the bytes for å ä ö Å Ä Ö é and Ü ü lie in each code page.
    private static readonly byte[] SwedishIn437 = [0x86, 0x84, 0x94, 0x8F, 0x8E, 0x99, 0x82, 0x9A, 0x81];
    private static readonly byte[] SwedishIn1252 = [0xE5, 0xE4, 0xF6, 0xC5, 0xC4, 0xD6, 0xE9, 0xDC, 0xFC];

    static SieText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (string Text, SieEncoding Encoding) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        if (!bytes.ContainsAnyExceptInRange((byte)0, (byte)0x7F))
        {
            return (Encoding.ASCII.GetString(bytes), SieEncoding.Ascii);
        }
        if (TryUtf8(bytes, out var utf8))
        {
            return (utf8, SieEncoding.Utf8);
        }

        var as437 = 0;
        var as1252 = 0;
        foreach (var b in bytes)
        {
            if (b < 0x80)
            {
                continue;
            }
            if (SwedishIn437.Contains(b))
            {
                as437++;
            }
            if (SwedishIn1252.Contains(b))
            {
                as1252++;
            }
        }
        return as1252 > as437
            ? (Encoding.GetEncoding(1252).GetString(bytes), SieEncoding.Windows1252)
            : (Encoding.GetEncoding(437).GetString(bytes), SieEncoding.CodePage437);
    }

    private static bool TryUtf8(ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }
}
