using System.Diagnostics;

using Finsam.SystemTests.Infrastructure;

namespace Finsam.SystemTests.Documents;

// A PDF as a reader gets it, through poppler's tools: its text page by page, its
// properties, and its pages drawn as images.
public sealed class PdfContent
{
    private PdfContent(string path, string info, IReadOnlyList<string> pages)
    {
        Path = path;
        Info = info;
        Pages = pages;
    }

    public string Path { get; }

    // pdfinfo's report: "Pages:", "Page size:", "Tagged:".
    public string Info { get; }

    // pdftotext's text of each page, laid out as printed.
    public IReadOnlyList<string> Pages { get; }

    public string Text => string.Join('\n', Pages);

    public static async Task<PdfContent> ReadAsync(byte[] pdf, string name)
    {
        var directory = Artifacts.Directory("documents");
        var path = System.IO.Path.Combine(directory, $"{name}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        var info = await RunAsync("pdfinfo", path);
        var text = await RunAsync("pdftotext", "-layout", "-enc", "UTF-8", path, "-");
        var pages = text.Split('\f');
        return new PdfContent(path, info, pages[^1].Trim().Length == 0 ? pages[..^1] : pages);
    }

    // A table row as a line of text: the label, then its figures; a long label may wrap
    // onto the next line, below the figures.
    public bool HasRow(string label, string[] figures)
    {
        var lines = Text.Split('\n').Select(ReferenceTables.Compact).Where(l => l.Length > 0).ToList();
        var (compactLabel, compactFigures) = (ReferenceTables.Compact(label), ReferenceTables.Compact(string.Concat(figures)));
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].EndsWith(compactFigures, StringComparison.Ordinal))
            {
                continue;
            }
            var head = lines[i][..^compactFigures.Length];
            if (head == compactLabel || (head.Length > 0 && i + 1 < lines.Count && head + lines[i + 1] == compactLabel))
            {
                return true;
            }
        }
        return false;
    }

    // A row whose text cells (an effort's owner, its decision) may wrap: a line ends with its
    // figures, and every word of its label and text cells stands on that line or the lines
    // around it ("2025–2027" may wrap after its dash).
    public bool HasRowWithText(string label, string[] texts, string[] figures)
    {
        var lines = Text.Split('\n').Select(ReferenceTables.Compact).Where(l => l.Length > 0).ToList();
        var compactFigures = ReferenceTables.Compact(string.Concat(figures));
        var words = string.Join(' ', [label, .. texts]).Split([' ', '–', '-'], StringSplitOptions.RemoveEmptyEntries).Select(ReferenceTables.Compact).ToList();
        return Enumerable.Range(0, lines.Count)
            .Where(i => lines[i].EndsWith(compactFigures, StringComparison.Ordinal))
            .Any(i => words.All(word => lines.Skip(Math.Max(0, i - 1)).Take(i == 0 ? 3 : 4).Any(line => line.Contains(word, StringComparison.Ordinal))));
    }

    public string InfoField(string field) =>
        Info.Split('\n').Single(l => l.StartsWith($"{field}:", StringComparison.Ordinal))[(field.Length + 1)..].Trim();

    // Each page drawn at the given resolution: PNG files kept as test artefacts.
    public async Task<IReadOnlyList<string>> RenderPngAsync(int dpi)
    {
        var prefix = System.IO.Path.ChangeExtension(Path, null);
        await RunAsync("pdftoppm", "-r", $"{dpi}", "-png", Path, prefix);
        return [.. System.IO.Directory.GetFiles(System.IO.Path.GetDirectoryName(Path)!, $"{System.IO.Path.GetFileName(prefix)}-*.png").Order(StringComparer.Ordinal)];
    }

    // Each page in grey, as bytes 0 (black) to 255 (white): poppler's plain PGM.
    public async Task<IReadOnlyList<byte[]>> GreyPagesAsync(int dpi)
    {
        var prefix = System.IO.Path.ChangeExtension(Path, null) + "-grey";
        await RunAsync("pdftoppm", "-r", $"{dpi}", "-gray", Path, prefix);
        var files = System.IO.Directory.GetFiles(System.IO.Path.GetDirectoryName(Path)!, $"{System.IO.Path.GetFileName(prefix)}-*.pgm").Order(StringComparer.Ordinal);
        return [.. files.Select(f => Pixels(File.ReadAllBytes(f)))];
    }

    // "P5\n<width> <height>\n255\n<pixels>"
    private static byte[] Pixels(byte[] pgm)
    {
        var newlines = 0;
        var start = 0;
        while (newlines < 3)
        {
            if (pgm[start++] == '\n')
            {
                newlines++;
            }
        }
        return pgm[start..];
    }

    public static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {await error}");
        return await output;
    }
}
