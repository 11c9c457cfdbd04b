namespace Finsam.Web.Spreadsheets;

// How much of an uploaded file is read at most. An upload is anyone's input: a file is
// refused on its size before it is read, on its packed parts' declared sizes before anything
// is unpacked, and while it is read, on characters, rows and cells, so a zip bomb or a huge
// sheet costs little. A federation's budget has tens of lines; these leave ample room.
public sealed record UploadLimits
{
    public static readonly UploadLimits Default = new();

    public long MaxFileBytes { get; init; } = 1024 * 1024;

    public int MaxPackageEntries { get; init; } = 64;

    // What the package's parts say they unpack to, together.
    public long MaxUnpackedBytes { get; init; } = 16 * 1024 * 1024;

    // Enforced while unpacking, whatever a part claims.
    public long MaxCharactersInPart { get; init; } = 4_000_000;

    public int MaxRows { get; init; } = 2_000;

    public int MaxCells { get; init; } = 20_000;

    public int MaxSharedStrings { get; init; } = 20_000;

    public int MaxTextLength { get; init; } = 1_000;
}
