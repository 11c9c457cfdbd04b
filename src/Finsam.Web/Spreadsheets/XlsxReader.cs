using System.Globalization;
using System.IO.Compression;
using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Finsam.Web.Spreadsheets;

// The cells of named sheets of an uploaded .xlsx, read within UploadLimits: the package's
// directory is checked before anything is unpacked, and the sheets are read as a stream of
// XML (no document held in memory), stopping at the first limit passed.
public static class XlsxReader
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public sealed record Result(IReadOnlyDictionary<string, IReadOnlyList<SheetValue>> Sheets, string? Problem)
    {
        public static Result Refused(string problem) => new(new Dictionary<string, IReadOnlyList<SheetValue>>(), problem);
    }

    public const string Unreadable = "Filen går inte att läsa som en Excel-fil (.xlsx).";

    public static Result Read(Stream file, IReadOnlyCollection<string> sheetNames, UploadLimits limits)
    {
        if (!file.CanSeek || file.Length > limits.MaxFileBytes)
        {
            return Result.Refused(TooLarge(limits));
        }
        try
        {
            if (PackageProblem(file, limits) is { } problem)
            {
                return Result.Refused(problem);
            }
            file.Position = 0;
            using var document = SpreadsheetDocument.Open(file, false, new OpenSettings { MaxCharactersInPart = limits.MaxCharactersInPart });
            var workbook = document.WorkbookPart;
            if (workbook?.Workbook.Sheets is not { } sheets)
            {
                return Result.Refused(Unreadable);
            }
            var shared = workbook.SharedStringTablePart is { } strings ? SharedStrings(strings, limits) : [];
            var read = new Dictionary<string, IReadOnlyList<SheetValue>>(StringComparer.Ordinal);
            var cells = 0;
            foreach (var sheet in sheets.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>())
            {
                var name = sheet.Name?.Value ?? "";
                if (!sheetNames.Contains(name) || read.ContainsKey(name) || sheet.Id?.Value is not { } id
                    || workbook.GetPartById(id) is not WorksheetPart part)
                {
                    continue;
                }
                var values = Cells(part, name, shared, limits, ref cells);
                if (values.Problem is not null)
                {
                    return Result.Refused(values.Problem);
                }
                read[name] = values.Cells;
            }
            return new Result(read, null);
        }
        catch (Exception failure) when (failure is OpenXmlPackageException or InvalidDataException or XmlException or IOException
            or FileFormatException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            // Whatever broke inside the package, the person only learns that the file is not one we read.
            return Result.Refused(Unreadable);
        }
    }

    private static string TooLarge(UploadLimits limits) =>
        $"Filen är för stor: högst {limits.MaxFileBytes / 1024} kB går att läsa in.";

    // The zip directory alone: how many parts, and what they say they unpack to.
    private static string? PackageProblem(Stream file, UploadLimits limits)
    {
        file.Position = 0;
        using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
        if (zip.Entries.Count > limits.MaxPackageEntries)
        {
            return Unreadable;
        }
        long unpacked = 0;
        foreach (var entry in zip.Entries)
        {
            unpacked += entry.Length;
            if (entry.Length < 0 || unpacked > limits.MaxUnpackedBytes)
            {
                return "Filen är för stor uppackad för att läsas in.";
            }
        }
        return null;
    }

    private static List<string> SharedStrings(SharedStringTablePart part, UploadLimits limits)
    {
        var strings = new List<string>();
        using var xml = XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), Settings(limits));
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si" && xml.NamespaceURI == Main)
            {
                if (strings.Count >= limits.MaxSharedStrings)
                {
                    throw new InvalidDataException("Too many shared strings.");
                }
                strings.Add(TextOf(xml, limits));
            }
        }
        return strings;
    }

    private sealed record SheetCells(IReadOnlyList<SheetValue> Cells, string? Problem);

    private static SheetCells Cells(WorksheetPart part, string sheet, List<string> shared, UploadLimits limits, ref int cells)
    {
        var values = new List<SheetValue>();
        var rows = 0;
        var row = 0;
        var column = 0;
        using var xml = XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), Settings(limits));
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != Main)
            {
                continue;
            }
            if (xml.LocalName == "row")
            {
                rows++;
                row = int.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r > 0 ? r : row + 1;
                column = 0;
                if (rows > limits.MaxRows || row > limits.MaxRows)
                {
                    return new SheetCells([], $"Bladet {sheet} har fler än {limits.MaxRows} rader.");
                }
            }
            else if (xml.LocalName == "c")
            {
                if (++cells > limits.MaxCells)
                {
                    return new SheetCells([], $"Filen har fler än {limits.MaxCells} ifyllda celler.");
                }
                var at = CellReferences.Parse(xml.GetAttribute("r"));
                column = at?.Column ?? column + 1;
                var value = Cell(xml, at?.Row ?? row, column, shared, limits);
                if (!value.IsEmpty)
                {
                    values.Add(value);
                }
            }
        }
        return new SheetCells(values, null);
    }

    // One <c>: its type says how to read its value (<v>) or its inline text (<is>).
    private static SheetValue Cell(XmlReader xml, int row, int column, List<string> shared, UploadLimits limits)
    {
        var type = xml.GetAttribute("t") ?? "n";
        string? raw = null;
        string? inline = null;
        if (!xml.IsEmptyElement)
        {
            var depth = xml.Depth;
            while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "v")
                {
                    raw = Limited(xml.ReadElementContentAsString(), limits);
                    if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth)
                    {
                        break;
                    }
                }
                else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "is")
                {
                    inline = TextOf(xml, limits);
                }
            }
        }
        return type switch
        {
            "s" => new SheetValue(row, column,
                int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < shared.Count ? shared[index] : null, null, null),
            "inlineStr" => new SheetValue(row, column, inline, null, null),
            "str" or "d" => new SheetValue(row, column, raw, null, null),
            "b" => new SheetValue(row, column, raw == "1" ? "SANT" : "FALSKT", null, null),
            "e" => new SheetValue(row, column, null, null, raw ?? "#FEL"),
            _ => raw is null ? new SheetValue(row, column, null, null, null)
                : decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? new SheetValue(row, column, null, number, null)
                : new SheetValue(row, column, raw, null, null),
        };
    }

    // The text of an <si> or <is>: its <t> elements, not the phonetic guides (<rPh>).
    private static string TextOf(XmlReader xml, UploadLimits limits)
    {
        if (xml.IsEmptyElement)
        {
            return "";
        }
        var depth = xml.Depth;
        var text = new System.Text.StringBuilder();
        var inPhonetic = false;
        var inText = false;
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                inPhonetic |= xml.LocalName == "rPh" && !xml.IsEmptyElement;
                inText = xml.LocalName == "t" && !xml.IsEmptyElement;
            }
            else if (xml.NodeType == XmlNodeType.EndElement)
            {
                inPhonetic &= xml.LocalName != "rPh";
                inText = false;
            }
            else if (inText && !inPhonetic && xml.NodeType is XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA)
            {
                text.Append(xml.Value);
                if (text.Length > limits.MaxTextLength)
                {
                    throw new InvalidDataException("Text too long.");
                }
            }
        }
        return text.ToString();
    }

    private static string Limited(string text, UploadLimits limits) =>
        text.Length <= limits.MaxTextLength ? text : throw new InvalidDataException("Value too long.");

    private static XmlReaderSettings Settings(UploadLimits limits) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = limits.MaxCharactersInPart,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };
}
