using System.Net;
using System.Text;
using Finsam.Documents.Composition;
using Finsam.Documents.Rendering;

namespace Finsam.Documents.Tests;

public sealed class HtmlWriterTests
{
    // As a reader sees it: "&#229;" as "å".
    private static string Write(TitlePageContent page, params Block[] body) =>
        WebUtility.HtmlDecode(Encoding.UTF8.GetString(HtmlWriter.Write(new ComposedDocument(page, DraftMark: null, TableOfContents: false, body))));

    private static readonly TitlePageContent Page = new(["SAMORDNINGSFÖRBUNDET"], "Verksamhetsplan 2022", ["DATUM 2021-12-15"], "Antagen av styrelsen den 26 november 2021", ["Samverkan som gör skillnad"]);

    [Fact]
    public void A_numbered_list_that_goes_on_starts_at_its_own_number_and_one_that_begins_needs_no_start()
    {
        var html = Write(Page, new ItemList(true, ["Ett"]), new Paragraph("Emellan."), new ItemList(true, ["Två", "Tre"], 2), new ItemList(false, ["Punkt"]));

        Assert.Contains("<ol>\n<li>Ett</li>\n</ol>", html);
        Assert.Contains("<ol start=\"2\">\n<li>Två</li>\n<li>Tre</li>\n</ol>", html);
        Assert.Contains("<ul>\n<li>Punkt</li>\n</ul>", html);
    }

    [Fact]
    public void The_title_page_reads_lines_facts_title_lines_below_it_then_the_adoption()
    {
        var html = Write(Page);

        var order = new[] { "SAMORDNINGSFÖRBUNDET", "DATUM 2021-12-15", "<h1 class=\"title\">Verksamhetsplan 2022</h1>", "Samverkan som gör skillnad", "Antagen av styrelsen den 26 november 2021", "</header>" }
            .Select(text => html.IndexOf(text, StringComparison.Ordinal))
            .ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void Text_columns_are_set_left_and_wrap_while_figures_keep_to_one_line_on_the_right()
    {
        var table = new Table(["Insats", "Huvudman", "2026"], [new TableRow("Steget vidare", ["Samordningsförbundet Norrvik", "1 480 000"])], "Belopp i kronor") { TextColumns = 1 };

        var html = Write(Page, table);

        Assert.Contains("<th scope=\"col\" class=\"text\">Huvudman</th><th scope=\"col\">2026</th>", html);
        Assert.Contains("<td class=\"text\">Samordningsförbundet Norrvik</td><td class=\"number\">1 480 000</td>", html);
        Assert.Contains("td.text { text-align: left; white-space: normal; }", html);
    }
}
