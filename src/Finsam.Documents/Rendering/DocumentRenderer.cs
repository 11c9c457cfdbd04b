using Finsam.Contracts.Documents.V1;
using Finsam.Documents.Composition;

namespace Finsam.Documents.Rendering;

// One composed document in the format asked for. The PDF is the HTML, printed.
public sealed class DocumentRenderer(PdfPrinter printer)
{
    public static readonly FileFormat[] Formats = [FileFormat.Docx, FileFormat.Pdf, FileFormat.Html];

    public async Task<RenderedDocument> RenderAsync(ComposedDocument document, FileFormat format, string baseName, CancellationToken ct)
    {
        var name = document.IsDraft ? $"{baseName}-utkast" : baseName;
        return format switch
        {
            FileFormat.Docx => new(format, $"{name}.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", DocxWriter.Write(document)),
            FileFormat.Html => new(format, $"{name}.html", "text/html; charset=utf-8", HtmlWriter.Write(document)),
            FileFormat.Pdf => new(format, $"{name}.pdf", "application/pdf", await PrintAsync(document, ct)),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a document format."),
        };
    }

    private async Task<byte[]> PrintAsync(ComposedDocument document, CancellationToken ct)
    {
        try
        {
            return await printer.PrintAsync(HtmlWriter.Write(document), document.DraftMark, ct);
        }
        catch (Microsoft.Playwright.PlaywrightException e)
        {
            throw new PdfUnavailableException(e.Message, e);
        }
    }
}
