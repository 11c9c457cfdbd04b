using System.Globalization;
using System.Net;
using System.Text;
using Finsam.Documents.Composition;

namespace Finsam.Documents.Rendering;

// One self-contained, printable HTML file: Swedish as its language, real headings,
// tables with header cells, styles inline. The PDF is this file printed.
public static class HtmlWriter
{
    private const string Styles = """
        @page { size: A4; margin: 22mm 20mm 24mm 20mm; }
        html { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; color: #111; }
        body { max-width: 170mm; margin: 0 auto; }
        .title-page { break-after: page; text-align: center; padding-top: 30mm; }
        .title-page .line { font-size: 16pt; font-weight: bold; margin: 0; }
        .title-page .facts { margin-top: 8mm; }
        .title-page h1 { font-size: 26pt; margin: 40mm 0 20mm; }
        .title-page .below-title { font-size: 14pt; font-style: italic; margin: 0 0 3mm; }
        .title-page .adoption { margin-top: 20mm; font-style: italic; }
        nav.contents { break-after: page; }
        nav.contents ol { list-style: none; padding-left: 0; }
        nav.contents li.level-2 { padding-left: 6mm; }
        nav.contents li.level-3 { padding-left: 12mm; }
        nav.contents a { color: inherit; text-decoration: none; }
        h1 { font-size: 16pt; margin: 10mm 0 3mm; }
        h2 { font-size: 13pt; margin: 7mm 0 2mm; }
        h3 { font-size: 11pt; margin: 5mm 0 2mm; }
        h1, h2, h3 { break-after: avoid; }
        table { border-collapse: collapse; width: 100%; margin: 3mm 0 6mm; break-inside: auto; }
        caption { caption-side: top; text-align: right; font-size: 9pt; font-style: italic; }
        th, td { padding: 1.2mm 2mm; border-bottom: 0.3pt solid #999; vertical-align: top; }
        thead th { border-bottom: 1pt solid #111; text-align: right; white-space: nowrap; }
        thead th:first-child { text-align: left; }
        th[scope=row] { text-align: left; font-weight: normal; }
        td.number { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        thead th.text, td.text { text-align: left; white-space: normal; }
        table.with-text { font-size: 9pt; }
        table.with-text th, table.with-text td { padding: 1.2mm 1.2mm; }
        tr.total th, tr.total td { font-weight: bold; border-top: 0.6pt solid #111; }
        tr.group th { font-weight: bold; padding-top: 3mm; }
        tr { break-inside: avoid; }
        .draft-notice { border: 1pt solid #a00; color: #a00; padding: 2mm; text-align: center; font-weight: bold; }
        .draft-mark { position: fixed; top: -14mm; right: 0; color: #a00; font-weight: bold; font-size: 9pt; }
        """;

    public static byte[] Write(ComposedDocument document)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append($"<title>{Text(document.Title)}</title>\n<style>\n{Styles}\n</style>\n</head>\n<body>\n");
        if (document.DraftMark is { } mark)
        {
            // Repeated on every printed page; read once, from the notice below.
            html.Append($"<div class=\"draft-mark\" aria-hidden=\"true\">{Text(mark)}</div>\n");
        }

        var page = document.TitlePage;
        html.Append("<header class=\"title-page\">\n");
        foreach (var line in page.Lines)
        {
            html.Append($"<p class=\"line\">{Text(line)}</p>\n");
        }
        if (page.Facts.Count > 0)
        {
            html.Append("<p class=\"facts\">").AppendJoin("<br>", page.Facts.Select(Text)).Append("</p>\n");
        }
        html.Append($"<h1 class=\"title\">{Text(page.Title)}</h1>\n");
        foreach (var line in page.LinesBelowTitle)
        {
            html.Append($"<p class=\"below-title\">{Text(line)}</p>\n");
        }
        if (document.DraftMark is { } notice)
        {
            html.Append($"<p class=\"draft-notice\">{Text(notice)}</p>\n");
        }
        if (page.AdoptionLine is { } adoption)
        {
            html.Append($"<p class=\"adoption\">{Text(adoption)}</p>\n");
        }
        html.Append("</header>\n");

        var anchors = Anchors(document);
        if (document.TableOfContents)
        {
            html.Append("<nav class=\"contents\" aria-labelledby=\"contents\">\n<h1 id=\"contents\">Innehåll</h1>\n<ol>\n");
            foreach (var heading in document.Headings)
            {
                html.Append($"<li class=\"level-{heading.Level}\"><a href=\"#{anchors[heading]}\">{Text(heading.Text)}</a></li>\n");
            }
            html.Append("</ol>\n</nav>\n");
        }

        html.Append("<main>\n");
        foreach (var block in document.Body)
        {
            switch (block)
            {
                case Heading heading:
                    html.Append($"<h{heading.Level} id=\"{anchors[heading]}\">{Text(heading.Text)}</h{heading.Level}>\n");
                    break;
                case Paragraph paragraph:
                    html.Append($"<p>{Text(paragraph.Text)}</p>\n");
                    break;
                case ItemList list:
                    var tag = list.Numbered ? "ol" : "ul";
                    // A list that goes on after a paragraph keeps its numbers, printed too.
                    var start = list.Numbered && list.Start != 1 ? $" start=\"{list.Start.ToString(CultureInfo.InvariantCulture)}\"" : "";
                    html.Append($"<{tag}{start}>\n");
                    foreach (var item in list.Items)
                    {
                        html.Append($"<li>{Text(item)}</li>\n");
                    }
                    html.Append($"</{tag}>\n");
                    break;
                case Composition.Table table:
                    WriteTable(html, table);
                    break;
            }
        }
        html.Append("</main>\n</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    // A label and four figure columns (a three-year budget) fit A4 at the body's size.
    private const int MostColumnsAtFullSize = 5;

    private static void WriteTable(StringBuilder html, Composition.Table table)
    {
        // Text columns beside the figures, or more figure columns than a page holds at full size:
        // set smaller, so the longest words and figures still fit the page.
        var compact = table.TextColumns > 0 || table.Header.Count > MostColumnsAtFullSize;
        html.Append($"<table{(compact ? " class=\"with-text\"" : "")}>\n<caption>{Text(table.UnitNote)}</caption>\n<thead>\n<tr>");
        for (var i = 0; i < table.Header.Count; i++)
        {
            var text = i > 0 && table.IsTextColumn(i - 1) ? " class=\"text\"" : "";
            html.Append($"<th scope=\"col\"{text}>{Text(table.Header[i])}</th>");
        }
        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            var style = row.Style switch { RowStyle.Total => " class=\"total\"", RowStyle.Group => " class=\"group\"", _ => "" };
            html.Append($"<tr{style}><th scope=\"row\">{Text(row.Label)}</th>");
            for (var i = 0; i < row.Cells.Count; i++)
            {
                html.Append($"<td class=\"{(table.IsTextColumn(i) ? "text" : "number")}\">{Text(row.Cells[i])}</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    // Numbered, as two headings may read the same.
    private static Dictionary<Heading, string> Anchors(ComposedDocument document)
    {
        var anchors = new Dictionary<Heading, string>(ReferenceEqualityComparer.Instance);
        foreach (var heading in document.Headings)
        {
            anchors[heading] = $"rubrik-{anchors.Count + 1}";
        }
        return anchors;
    }

    private static string Text(string text) => WebUtility.HtmlEncode(text);
}
