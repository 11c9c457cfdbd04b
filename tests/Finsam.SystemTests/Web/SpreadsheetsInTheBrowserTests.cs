using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Identity.V1;
using Finsam.SystemTests.Infrastructure;
using Microsoft.Playwright;
using BudgetMessage = Finsam.Contracts.Budget.V1.Budget;
using Member = Finsam.Contracts.Funding.V1.Member;
using Row = DocumentFormat.OpenXml.Spreadsheet.Row;
using static Finsam.SystemTests.Web.DownloadedSheets;

namespace Finsam.SystemTests.Web;

// An officer takes the federation's tables to Excel and the budget back from it: the files are
// read here with the OpenXml SDK and hold the services' own figures; the budget downloaded,
// changed in one cell in the file and uploaded changes exactly that line, after a preview; a
// file with text in an amount cell is refused naming the cell, and a file from a budget
// changed since is refused; neither changes anything.
[Collection(WebSystemCollection.Name)]
public sealed class SpreadsheetsInTheBrowserTests(WebSystem system)
{
    private const int Year = 2027;

    [Fact]
    public async Task The_budget_downloaded_changed_in_one_cell_and_uploaded_changes_exactly_that_line()
    {
        const string federationName = "Samordningsförbundet Kalkylby";
        var federationId = Federations.NewId("kalkylby");
        var name = $"federations/{federationId}/budgets/{Year}";
        await FederationAsync(federationId, federationName);
        var created = await system.Budget.CreateBudgetAsync(new CreateBudgetRequest
        {
            Parent = $"federations/{federationId}",
            Budget = new BudgetMessage
            {
                FirstYear = Year,
                PlanYears = 2,
                CostGroups =
                {
                    new CostGroupInput
                    {
                        Key = "board", Label = "Styrelsen", Kind = CostGroupKind.Board,
                        Lines =
                        {
                            new BudgetLine { Label = "Styrelsearvoden", Year = Year, AmountOre = 15_000_000 },
                            new BudgetLine { Label = "Representation", Year = Year, AmountOre = 500_050 },
                        },
                        Totals = { new YearAmount { Year = Year + 1, AmountOre = 16_000_000 } },
                    },
                    new CostGroupInput
                    {
                        Key = "administration", Label = "Förbundets administration", Kind = CostGroupKind.Administration,
                        Lines =
                        {
                            new BudgetLine { Label = "Förbundschef", Year = Year, AmountOre = 61_250_050 },
                            new BudgetLine { Label = "Revision", Year = Year, AmountOre = 5_000_000 },
                        },
                    },
                },
            },
        });
        var officer = await WebPeople.NewAsync(system, "ekonom", Role.Editor, federationId);

        await using var browser = await OfficerBrowser.StartAsync(system.WebApp);
        await browser.RunAsync("budget-excel", async () =>
        {
            var person = await browser.SignInAsync(officer, WebPeople.Password);
            await person.GotoAsync($"/forbund/{federationId}/budget?ar={Year}");
            await person.Page.GetByRole(AriaRole.Heading, new() { Name = "Budgeten i Excel" }).WaitForAsync();

            // The lines as downloaded hold the stored budget's lines to the öre.
            var downloaded = await DownloadAsync(person, $"Ladda ner budgetens rader {Year} som Excel");
            var rows = Rows(downloaded, "Budget");
            Assert.Equal(["Kostnadsgrupp", "Rad", "År", "Slag", "Belopp"], rows[0]);
            Assert.Equal(
                created.CostGroups.SelectMany(group => group.Lines.Select(line => (group.Label, line.Label, line.Year.ToString(CultureInfo.InvariantCulture), Kronor(line.AmountOre)))),
                rows.Skip(1).Where(row => row[1].Length > 0).Select(row => (row[0], row[1], row[2], row[4])));

            // One cell changed in the file: Förbundschef's amount.
            var changed = WithAmount(downloaded, "Förbundschef", "640000.75");
            await UploadAsync(person, changed);
            var preview = person.Page.GetByRole(AriaRole.Table, new() { Name = "Det som ändras i budgeten med filen" });
            await preview.WaitForAsync();
            var previewRows = preview.Locator("tbody tr");
            Assert.Equal(1, await previewRows.CountAsync());
            var previewText = Plain(await previewRows.First.InnerTextAsync());
            Assert.Contains("Förbundschef", previewText, StringComparison.Ordinal);
            Assert.Contains("612 500,50 kr", previewText, StringComparison.Ordinal);
            Assert.Contains("640 000,75 kr", previewText, StringComparison.Ordinal);
            // Nothing is stored by the preview.
            Assert.Equal(created.Etag, (await system.Budget.GetBudgetAsync(new GetBudgetRequest { Name = name })).Etag);
            await person.LookAtAsync("budget-excel-forhandsvisning");

            await person.ClickAsync("Spara ändringarna från filen");
            await person.SeesAsync("Budgeten är sparad med ändringarna från filen (1 rad).");
            var saved = await system.Budget.GetBudgetAsync(new GetBudgetRequest { Name = name });
            var expected = created.Clone();
            expected.CostGroups[1].Lines[0].AmountOre = 64_000_075;
            Assert.Equal(expected.CostGroups, saved.CostGroups);
            Assert.NotEqual(created.Etag, saved.Etag);

            // The result budget as downloaded is the budget service's computation of it.
            var report = await system.Budget.ComputeBudgetAsync(new ComputeBudgetRequest { Name = name });
            var result = Rows(await DownloadAsync(person, $"Ladda ner resultatbudgeten {Year} som Excel"), "Resultatbudget");
            Assert.Equal(["Post", .. report.Years.Select(year => year.Year.ToString(CultureInfo.InvariantCulture))], result[0]);
            Assert.Equal(report.Years.Select(year => Kronor(year.ResultOre)), result.Single(row => row[0] == "Årets resultat").Skip(1));
            Assert.Equal(report.Years.Select(year => Kronor(year.CostsOre)), result.Single(row => row[0] == "Summa kostnader").Skip(1));

            // Text in an amount cell: refused, naming the cell, and nothing changes.
            var fresh = await DownloadAsync(person, $"Ladda ner budgetens rader {Year} som Excel");
            var (bad, row) = WithText(fresh, "Revision", "abc");
            await UploadAsync(person, bad);
            await person.SeesAsync($"Blad Budget, rad {row}, kolumn E: ”abc” är inget belopp");
            Assert.Equal(0, await person.Page.GetByRole(AriaRole.Button, new() { Name = "Spara ändringarna från filen" }).CountAsync());
            Assert.Equal(saved.Etag, (await system.Budget.GetBudgetAsync(new GetBudgetRequest { Name = name })).Etag);
            await person.LookAtAsync("budget-excel-fel-cell");

            // The first file again, from the budget as it was before the save: refused, with the difference shown.
            await UploadAsync(person, WithAmount(downloaded, "Revision", "60000"));
            await person.SeesAsync("Budgeten har ändrats sedan filen laddades ner");
            var differences = Plain(await person.Page.GetByRole(AriaRole.Table, new() { Name = "Skillnader mellan filen och budgeten nu" }).InnerTextAsync());
            Assert.Contains("Förbundschef", differences, StringComparison.Ordinal);
            Assert.Contains("Revision", differences, StringComparison.Ordinal);
            Assert.Equal(0, await person.Page.GetByRole(AriaRole.Button, new() { Name = "Spara ändringarna från filen" }).CountAsync());
            Assert.Equal(saved.Etag, (await system.Budget.GetBudgetAsync(new GetBudgetRequest { Name = name })).Etag);
        });
    }

    [Fact]
    public async Task The_member_contributions_download_holds_funding_s_figures_for_the_federation_s_people_only()
    {
        const string federationName = "Samordningsförbundet Tabellåsen";
        var federationId = Federations.NewId("tabellasen");
        await FederationAsync(federationId, federationName);
        var otherId = Federations.NewId("annanstans");
        await FederationAsync(otherId, "Samordningsförbundet Annanstans");
        var reader = await WebPeople.NewAsync(system, "lasare", Role.Reader, federationId);
        var outsider = await WebPeople.NewAsync(system, "utomstaende", Role.Editor, otherId);
        var contributions = await system.Funding.GetContributionsAsync(new GetContributionsRequest { Name = $"federations/{federationId}/contributions/{Year}" });

        await using var browser = await OfficerBrowser.StartAsync(system.WebApp);
        await browser.RunAsync("bidrag-excel", async () =>
        {
            var person = await browser.SignInAsync(reader, WebPeople.Password);
            await person.GotoAsync($"/forbund/{federationId}/bidrag/{Year}");
            await person.HeadingAsync($"Medlemsbidrag {Year}");
            var expected = contributions.Members.Select(member => new[] { member.DisplayName, Kronor(member.AmountOre) })
                .Append(["Summa medlemsbidrag", Kronor(contributions.TotalOre)]).ToList();

            var xlsx = Rows(await DownloadAsync(person, $"Ladda ner medlemsbidragen {Year} som Excel"), $"Medlemsbidrag {Year}");
            Assert.Equal(["Medlem", "Slag", "Bidrag"], xlsx[0]);
            Assert.Equal(expected, xlsx.Skip(1).Select(row => new[] { row[0], row[2] }));

            var csv = await DownloadAsync(person, $"Ladda ner medlemsbidragen {Year} som CSV");
            Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
            var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(';')).ToList();
            Assert.Equal(["Medlem", "Slag", "Bidrag"], lines[0]);
            Assert.Equal(expected, lines.Skip(1).Select(fields => new[] { fields[0], decimal.Parse(fields[2], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.GetCultureInfo("sv-SE")).ToString(CultureInfo.InvariantCulture) }).Select(pair => new[] { pair[0], Normalized(pair[1]) }));
            await person.LookAtAsync("bidrag-nedladdning");

            // Another federation's officer is refused the same file: the service decides, as on the page.
            var other = await browser.SignInAsync(outsider, WebPeople.Password);
            var link = $"/tabeller/medlemsbidrag/xlsx?forbund={federationId}&ar={Year}";
            var refused = await other.Page.APIRequest.GetAsync(new Uri(system.WebApp, link).ToString());
            Assert.Equal(403, refused.Status);
        });
    }

    private static async Task UploadAsync(PersonInBrowser person, byte[] xlsx) =>
        await person.Page.GetByLabel("Excel-fil med budgetens rader (.xlsx)").SetInputFilesAsync(new FilePayload
        {
            Name = "budget.xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = xlsx,
        });

    // The file with the amount of the line named so replaced by a number, as typed in Excel.
    private static byte[] WithAmount(byte[] xlsx, string line, string kronor) =>
        Changed(xlsx, line, cell =>
        {
            cell.DataType = CellValues.Number;
            cell.CellValue = new CellValue(decimal.Parse(kronor, CultureInfo.InvariantCulture));
        }).File;

    private static (byte[] File, int Row) WithText(byte[] xlsx, string line, string text) =>
        Changed(xlsx, line, cell =>
        {
            cell.DataType = CellValues.InlineString;
            cell.InlineString = new InlineString(new Text(text));
        });

    private static (byte[] File, int Row) Changed(byte[] xlsx, string line, Action<Cell> change)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        int rowIndex;
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var part = SheetPart(document, "Budget");
            var row = part.Worksheet.Descendants<Row>().Single(row => row.Elements<Cell>().Any(cell => cell.CellReference == $"B{row.RowIndex}" && cell.InlineString?.InnerText == line));
            rowIndex = (int)row.RowIndex!.Value;
            var amount = row.Elements<Cell>().Single(cell => cell.CellReference == $"E{rowIndex}");
            amount.RemoveAllChildren();
            amount.StyleIndex = null;
            change(amount);
            part.Worksheet.Save();
        }
        return (stream.ToArray(), rowIndex);
    }

    private static string Plain(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ').Replace('\u2212', '-');

    // A federation with its members and the state's decided allocation, set up through the API.
    private async Task FederationAsync(string federationId, string federationName)
    {
        await system.Funding.CreateFederationAsync(new CreateFederationRequest
        {
            FederationId = federationId,
            Federation = new Federation
            {
                DisplayName = federationName,
                Members =
                {
                    new Member { MemberId = "fk", Kind = MemberKind.Forsakringskassan, DisplayName = "Försäkringskassan" },
                    new Member { MemberId = "af", Kind = MemberKind.Arbetsformedlingen, DisplayName = "Arbetsförmedlingen" },
                    new Member { MemberId = "region-kalkyl", Kind = MemberKind.Region, DisplayName = "Region Kalkyl", Population = 90_000 },
                    new Member { MemberId = "kalkylby", Kind = MemberKind.Municipality, DisplayName = "Kalkylby kommun", Population = 30_001 },
                },
            },
        });
        foreach (var year in new[] { Year, Year + 1 })
        {
            await system.Funding.CreateAllocationAsync(new CreateAllocationRequest
            {
                Parent = $"federations/{federationId}",
                Allocation = new Allocation { Year = year, StateAmountOre = 150_000_001, Status = AllocationStatus.Decided },
            });
        }
    }
}
