using System.Text;
using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Identity.V1;
using Finsam.SystemTests.Documents;
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
            var table = person.Page.GetByRole(AriaRole.Table, new() { Name = $"Bokfört {Year} per konto och månad, i kronor", Exact = true });
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

    [Fact]
    public async Task An_officer_maps_the_accounts_follows_the_adopted_budget_saves_a_forecast_and_closes_the_year()
    {
        var federationId = await SundsvallDocument.SetUpAsync(system);
        var officer = await WebPeople.NewAsync(system, "controller", Role.Editor, federationId);

        await using var browser = await OfficerBrowser.StartAsync(system.WebApp);
        await browser.RunAsync("uppfoljning", async () =>
        {
            var person = await browser.SignInAsync(officer, WebPeople.Password);
            await person.GotoAsync($"/forbund/{federationId}/utfall/2022");
            await person.HeadingAsync("Utfall 2022");
            // Nothing booked yet: the adopted budget with nothing against it.
            await person.Page.GetByRole(AriaRole.Table, new() { Name = "Budget mot utfall till och med januari 2022", Exact = true }).WaitForAsync();

            // The board's fees to their line, the project object to its effort.
            await person.ClickAsync("Lägg till en regel för konton");
            await person.Page.GetByLabel("Konto, regel 1").FillAsync("7010");
            await person.Page.GetByLabel("Budgetrad, regel 1").SelectOptionAsync(new SelectOptionValue { Label = "Styrelsen › Styrelsearvoden" });
            await person.ClickAsync("Lägg till en regel för objekt");
            await person.Page.GetByLabel("Objekt, objektregel 1").FillAsync("sip");
            await person.Page.GetByLabel("Insats, objektregel 1").SelectOptionAsync(new SelectOptionValue { Label = "SIP-samordnare" });
            await person.ClickAsync("Spara konteringen");
            await person.SeesAsync("Konteringen är sparad.");

            await UploadAsync(person, "bokforing-2022.se", Sie(2022,
                "#VER A 1 20220228 \"Arvoden\"", "{", "#TRANS 7010 {} 8000", "#TRANS 1930 {} -8000", "}",
                "#VER A 2 20220315 \"SIP\"", "{", "#TRANS 4010 {6 \"sip\"} 50000", "#TRANS 1930 {} -50000", "}",
                "#VER A 3 20220320 \"Material\"", "{", "#TRANS 5460 {} 1234.56", "#TRANS 1930 {} -1234.56", "}"));
            await person.SeesAsync("Filen är inläst.");
            var followUp = person.Page.GetByRole(AriaRole.Table, new() { Name = "Budget mot utfall till och med mars 2022", Exact = true });
            await followUp.WaitForAsync();
            var fees = Plain(await followUp.Locator("tbody tr", new() { HasText = "Styrelsearvoden" }).InnerTextAsync());
            // Budget 100 000 for the year, 25 000 through March, 8 000 booked: 17 000 under, −68,0 %.
            Assert.Contains("25 000 kr", fees, StringComparison.Ordinal);
            Assert.Contains("8 000 kr", fees, StringComparison.Ordinal);
            Assert.Contains("−68,0 %", fees, StringComparison.Ordinal);
            var efforts = person.Page.GetByRole(AriaRole.Table, new() { Name = "Insatser, budget mot utfall till och med mars 2022", Exact = true });
            Assert.Contains("50 000 kr", Plain(await efforts.Locator("tbody tr", new() { HasText = "SIP-samordnare" }).InnerTextAsync()), StringComparison.Ordinal);
            await person.SeesAsync("5460");
            await person.Page.GetByRole(AriaRole.Heading, new() { Name = "Finansiella mål på prognosen", Exact = true }).WaitForAsync();
            await person.LookAtAsync("uppfoljning-mars");

            await person.Page.GetByLabel("Till och med månad").SelectOptionAsync(new SelectOptionValue { Label = "februari 2022" });
            await person.Page.GetByRole(AriaRole.Table, new() { Name = "Budget mot utfall till och med februari 2022", Exact = true }).WaitForAsync();

            await person.Page.GetByLabel("Rapportdag (ÅÅÅÅ-MM-DD)").FillAsync("2022-04-30");
            await person.Page.GetByLabel("Styrelsen, helår").FillAsync("120 000");
            await person.ClickAsync("Spara prognosen");
            await person.SeesAsync("Prognosen är sparad.");
            var saved = person.Page.GetByRole(AriaRole.Table, new() { Name = "Sparade prognoser 2022", Exact = true });
            await saved.WaitForAsync();
            Assert.Contains("2022-04-30", await saved.InnerTextAsync(), StringComparison.Ordinal);

            await person.ClickAsync("Stäng räkenskapsåret 2022");
            await person.SeesAsync("Räkenskapsåret 2022 är stängt");
            await person.Page.GetByRole(AriaRole.Heading, new() { Name = "Finansiella mål på årets utfall", Exact = true }).WaitForAsync();
            await person.LookAtAsync("uppfoljning-stangt");
        });
        var closed = await system.Budget.GetYearActualsAsync(new GetYearActualsRequest { Name = $"federations/{federationId}/actuals/2022" });
        Assert.Equal(-(8000_00L + 50000_00 + 1234_56), closed.Closing.ResultOre);
    }

    // A file as a program writes it: code page 437, the federation's year, two accounts named.
    private static byte[] Sie(params string[] vouchers) => Sie(Year, vouchers);

    private static byte[] Sie(int year, params string[] vouchers)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        string[] head =
        [
            "#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#PROGRAM \"Påhittad bokföring\" 1.0", "#FNAMN \"Samordningsförbundet Utfallet\"",
            $"#RAR 0 {year}0101 {year}1231", "#KONTO 5010 \"Lokalhyra\"", "#KONTO 4010 \"Köpta tjänster\"", "#KONTO 1930 \"Bank\"",
        ];
        return Encoding.GetEncoding(437).GetBytes(string.Join("\r\n", [.. head, .. vouchers]) + "\r\n");
    }

    private static async Task UploadAsync(PersonInBrowser person, string name, byte[] content) =>
        await person.Page.GetByLabel("Fil från bokföringen (SIE eller CSV)").SetInputFilesAsync(new FilePayload
        {
            Name = name,
            MimeType = "text/plain",
            Buffer = content,
        });

    private static string Plain(string text) => text.Replace('\u00a0', ' ').Replace('\u202f', ' ');
}
