using System.Text;
using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Identity.V1;
using Finsam.SystemTests.Infrastructure;
using Microsoft.Playwright;

namespace Finsam.SystemTests.Web;

// An officer reads the year's bookkeeping into Finsam from the accounting program's SIE file:
// the accounts per month are shown as booked; a file with mistakes is refused naming each line
// and changes nothing.
[Collection(WebSystemCollection.Name)]
public sealed class ActualsInTheBrowserTests(WebSystem system)
{
    private const int Year = 2026;

    [Fact]
    public async Task An_officer_imports_the_year_s_sie_file_and_sees_the_accounts_per_month()
    {
        var federationId = Federations.NewId("utfall");
        await system.Funding.CreateFederationAsync(new CreateFederationRequest { FederationId = federationId, Federation = Federations.Sundsvall() });
        var officer = await WebPeople.NewAsync(system, "ekonom", Role.Editor, federationId);

        await using var browser = await OfficerBrowser.StartAsync(system.WebApp);
        await browser.RunAsync("utfall", async () =>
        {
            var person = await browser.SignInAsync(officer, WebPeople.Password);
            await person.GotoAsync($"/forbund/{federationId}/utfall/{Year}");
            await person.HeadingAsync($"Utfall {Year}");
            await person.SeesAsync($"Inget utfall är inläst för {Year}.");

            await UploadAsync(person, "bokforing-2026.se", Sie(
                "#VER A 1 20260315 \"Hyra för Öppna dörren\"", "{", "#TRANS 5010 {} 12500.50", "#TRANS 1930 {} -12500.50", "}",
                "#VER A 2 20260420 \"Köpt tjänst\"", "{", "#TRANS 4010 {6 \"12\"} 3000", "#TRANS 1930 {} -3000", "}",
                "#VER A 3 20260421 \"Köpt tjänst\"", "{", "#TRANS 4010 {6 \"14\"} 1000", "#TRANS 1930 {} -1000", "}"));
            await person.SeesAsync("Filen är inläst.");
            var table = person.Page.GetByRole(AriaRole.Table, new() { Name = $"Bokfört {Year} per konto och månad, i kronor" });
            await table.WaitForAsync();
            var premises = Plain(await table.Locator("tbody tr", new() { HasText = "5010" }).InnerTextAsync());
            Assert.Contains("Lokalhyra", premises, StringComparison.Ordinal);
            Assert.Contains("12 500,50 kr", premises, StringComparison.Ordinal);
            // The two rows on different projects are one account's April.
            Assert.Contains("4 000 kr", Plain(await table.Locator("tbody tr", new() { HasText = "4010" }).InnerTextAsync()), StringComparison.Ordinal);
            await person.SeesAsync("teckenkodning CP437");
            await person.LookAtAsync("utfall-inlast");

            var before = await system.Budget.GetYearActualsAsync(new GetYearActualsRequest { Name = $"federations/{federationId}/actuals/{Year}" });
            await UploadAsync(person, "fel.se", Sie(
                "#VER A 1 20260315", "{", "#TRANS 5010 {} 100", "#TRANS 1930 {} -90", "}",
                "#VER A 2 20260316", "{", "#TRANS 5010 {} 12,50", "#TRANS 1930 {} -12.50", "}"));
            await person.SeesAsync("Filen är inte inläst och ingenting är ändrat:");
            await person.SeesAsync("Rad 10: verifikation A 1 är inte i balans: raderna summerar till 10,00 kr");
            await person.SeesAsync("Rad 17: beloppet ”12,50” är inget belopp (som -1234.50, med högst två decimaler)");
            await person.LookAtAsync("utfall-fel");
            Assert.Equal(before, await system.Budget.GetYearActualsAsync(new GetYearActualsRequest { Name = before.Name }));
        });
    }

    // A file as a program writes it: code page 437, the federation's year, two accounts named.
    private static byte[] Sie(params string[] vouchers)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        string[] head =
        [
            "#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#PROGRAM \"Påhittad bokföring\" 1.0", "#FNAMN \"Samordningsförbundet Utfallet\"",
            $"#RAR 0 {Year}0101 {Year}1231", "#KONTO 5010 \"Lokalhyra\"", "#KONTO 4010 \"Köpta tjänster\"", "#KONTO 1930 \"Bank\"",
        ];
        return Encoding.GetEncoding(437).GetBytes(string.Join("\r\n", [.. head, .. vouchers]) + "\r\n");
    }

    private static async Task UploadAsync(PersonInBrowser person, string name, byte[] content) =>
        await person.Page.GetByLabel("SIE-fil från bokföringen (.se, .si, .sie)").SetInputFilesAsync(new FilePayload
        {
            Name = name,
            MimeType = "text/plain",
            Buffer = content,
        });

    private static string Plain(string text) => text.Replace('\u00a0', ' ').Replace('\u202f', ' ');
}
