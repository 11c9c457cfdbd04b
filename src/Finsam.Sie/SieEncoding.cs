namespace Finsam.Sie;

// The character encodings SIE files are found in. The format says PC8 (code page 437), but
// programs that declare it also write UTF-8 or Windows-1252.
public enum SieEncoding
{
    Ascii,
    CodePage437,
    Windows1252,
    Utf8,
}
