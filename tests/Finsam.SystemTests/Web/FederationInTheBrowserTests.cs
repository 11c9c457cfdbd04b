using System.Globalization;
using System.Net;
using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Documents.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.Contracts.Identity.V1;
using Finsam.SystemTests.Infrastructure;
using Microsoft.Playwright;

namespace Finsam.SystemTests.Web;

// A made-up federation taken from nothing to a published plan entirely in the browser, by the
// people who would: a regional administrator creates it and gives an officer (and a client
// app) a role; the
// officer enters the members, the state's allocation, an effort and the board's decision on it,
// the year's budget with its lines, adopts it, makes the document's template, writes the text
// beside its preview and publishes. What the pages show is what the services hold, and the
// published file's figures are the budget's; every page is checked with axe and kept as a
// screenshot.
[Collection(WebSystemCollection.Name)]
public sealed class FederationInTheBrowserTests(WebSystem system)
{
    private const string Password = WebPeople.Password;
    private const string FederationName = "Samordningsförbundet Webbdalen";
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");
    // The plan the navigation offers: next year's.
    private static readonly int Year = DateTime.Today.Year + 1;

    [Fact]
    public async Task A_federation_goes_from_nothing_to_a_published_plan_entirely_in_the_browser()
    {
        var administrator = await WebPeople.NewAsync(system, "admin", Role.RegionalAdministrator, federationId: "");
        var federationId = Federations.NewId("webb");
        var officer = Federations.NewId("officer");
        await using var browser = await OfficerBrowser.StartAsync(system.WebApp);

        await browser.RunAsync("fran-inget-till-plan", async () =>
        {
            await SetUpFederationAsync(browser, administrator, federationId, officer);

            var editor = await browser.SignInAsync(officer, Password);
            await editor.ClickAsync(FederationName);
            await editor.HeadingAsync(FederationName);
            await EnterMembersAsync(editor, federationId);
            await EnterAllocationAsync(editor, federationId);
            await GrantAnEffortAsync(editor, federationId);
            await BudgetTheYearAsync(editor, federationId);
            await SetTheGoalsAsync(editor, federationId);
            await AdoptTheBudgetAsync(editor, federationId);
            await MakeTheTemplateAsync(editor, federationId);
            await WriteAndPublishThePlanAsync(editor, federationId);
        });
    }

    // The regional administrator creates the federation, gives the officer a role and signs out.
    private async Task SetUpFederationAsync(OfficerBrowser browser, string administrator, string federationId, string officer)
    {
        var regional = await browser.SignInAsync(administrator, Password);
        await regional.LookAtAsync("start");
        await regional.ClickAsync("Nytt förbund");
        await regional.HeadingAsync("Nytt samordningsförbund");
        await regional.Page.GetByLabel("Förbundets namn").FillAsync(FederationName);
        await regional.Page.GetByLabel("Kortnamn i adresser").FillAsync(federationId);
        await regional.LookAtAsync("nytt-forbund");
        await regional.ClickAsync("Skapa förbundet");
        await regional.HeadingAsync(FederationName);
        Assert.Equal(FederationName, (await system.Funding.GetFederationAsync(new GetFederationRequest { Name = $"federations/{federationId}" })).DisplayName);

        await regional.ClickAsync("Behörigheter");
        await regional.HeadingAsync("Behörigheter");
        await regional.Page.GetByLabel("Användarnamn").FillAsync(officer);
        await regional.Page.GetByLabel("Namn (för en ny person)").FillAsync("Olle Officer");
        await regional.Page.GetByLabel("Första lösenord", new() { Exact = false }).FillAsync(Password);
        await regional.Page.GetByLabel("Roll", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Redigerare" });
        await regional.ClickAsync("Ge rollen");
        await regional.Page.GetByRole(AriaRole.Rowheader, new() { Name = $"people/{officer}" }).WaitForAsync();
        var grants = await system.Access.ListRoleGrantsAsync(new ListRoleGrantsRequest { Principal = $"people/{officer}" });
        Assert.Equal([(Role.Editor, $"federations/{federationId}")], grants.Grants.Select(grant => (grant.Role, grant.Federation)));

        // A client app registered and given a reader's role: its secret, shown once, gets it a token.
        var clientId = Federations.NewId("statistik");
        await regional.Page.GetByLabel("Klientappens id").FillAsync(clientId);
        await regional.Page.GetByLabel("Namn (för en ny klientapp)").FillAsync("Webbdalens statistik");
        await regional.Page.GetByLabel("Klientappens roll").SelectOptionAsync(new SelectOptionValue { Label = "Läsare" });
        await regional.ClickAsync("Ge klientappen rollen");
        await regional.Page.GetByRole(AriaRole.Rowheader, new() { Name = $"clients/{clientId}" }).WaitForAsync();
        var secret = (await regional.Page.Locator("code.client-secret").InnerTextAsync()).Trim();
        await regional.LookAtAsync("behorigheter");
        var clientToken = await Tokens.ClientCredentialsAsync(system.GatewayHttp, clientId, secret);
        Assert.Equal(FederationName, (await system.FundingAs(clientToken).GetFederationAsync(new GetFederationRequest { Name = $"federations/{federationId}" })).DisplayName);

        await regional.ClickAsync("Logga ut");
        await regional.HeadingAsync("Logga ut");
        await regional.ClickAsync("Logga ut");
        await regional.HeadingAsync("Du är utloggad");
        await regional.LookAtAsync("utloggad");
    }

    private async Task EnterMembersAsync(PersonInBrowser editor, string federationId)
    {
        (string Name, string Id, string Kind, long Population)[] members =
        [
            ("Försäkringskassan", "fk", "Försäkringskassan", 0),
            ("Arbetsförmedlingen", "af", "Arbetsförmedlingen", 0),
            ("Region Webbland", "region-webbland", "Region", 120_000),
            ("Webbdalens kommun", "webbdalen", "Kommun", 40_000),
        ];
        for (var i = 0; i < members.Length; i++)
        {
            await editor.ClickAsync("Lägg till medlem");
            await editor.Page.GetByLabel("Namn", new() { Exact = true }).Nth(i).FillAsync(members[i].Name);
            await editor.Page.GetByLabel("Kortnamn", new() { Exact = true }).Nth(i).FillAsync(members[i].Id);
            await editor.Page.GetByLabel("Slag", new() { Exact = true }).Nth(i).SelectOptionAsync(new SelectOptionValue { Label = members[i].Kind });
            await editor.Page.GetByLabel("Folkmängd", new() { Exact = true }).Nth(i).FillAsync(members[i].Population.ToString(CultureInfo.InvariantCulture));
        }
        await editor.ClickAsync("Spara medlemmarna");
        await editor.SeesAsync("Medlemmarna är sparade.");
        await editor.LookAtAsync("medlemmar");
        var federation = await system.Funding.GetFederationAsync(new GetFederationRequest { Name = $"federations/{federationId}" });
        Assert.Equal(members.Select(member => (member.Id, member.Name, member.Population)),
            federation.Members.Select(member => (member.MemberId, member.DisplayName, member.Population)));
    }

    // The state's allocation, in kronor as Försäkringskassan announces it; the members'
    // contributions as funding splits them.
    private async Task EnterAllocationAsync(PersonInBrowser editor, string federationId)
    {
        await editor.ClickAsync("Medelstilldelning och bidrag");
        await editor.HeadingAsync("Medelstilldelning och medlemsbidrag");
        await editor.Page.GetByLabel("År", new() { Exact = true }).FillAsync(Year.ToString(CultureInfo.InvariantCulture));
        await editor.Page.GetByLabel("Statens del enligt Försäkringskassan").FillAsync("2 000 000");
        await editor.ClickAsync("Spara tilldelningen");
        await editor.ClickAsync($"Bidrag {Year}");
        await editor.HeadingAsync($"Medlemsbidrag {Year}");
        var contributions = await system.Funding.GetContributionsAsync(new GetContributionsRequest { Name = $"federations/{federationId}/contributions/{Year}" });
        Assert.Equal(400_000_000, contributions.TotalOre);
        foreach (var member in contributions.Members)
        {
            var row = editor.Page.GetByRole(AriaRole.Row).Filter(new() { Has = editor.Page.GetByRole(AriaRole.Rowheader, new() { Name = member.DisplayName, Exact = true }) });
            Assert.Contains(Kronor(member.AmountOre), await row.InnerTextAsync());
        }
        Assert.Contains(Kronor(contributions.TotalOre), await editor.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Summa medlemsbidrag" }).InnerTextAsync());
        await editor.LookAtAsync("bidrag");
    }

    // An effort applied for, granted by the board with its decision recorded.
    private async Task GrantAnEffortAsync(PersonInBrowser editor, string federationId)
    {
        await editor.ClickAsync("Insatser");
        await editor.HeadingAsync("Insatser");
        await editor.Page.GetByLabel("Insatsens namn").FillAsync("Vägen in");
        await editor.Page.GetByLabel("Kortnamn i adresser").FillAsync("vagen-in");
        await editor.Page.GetByLabel("Ägare (medlem)").FillAsync("Webbdalens kommun");
        await editor.Page.GetByLabel("Startdatum (ÅÅÅÅ-MM-DD)").FillAsync($"{Year}-01-01");
        await editor.Page.GetByLabel("Kostnadsår").FillAsync(Year.ToString(CultureInfo.InvariantCulture));
        await editor.Page.GetByLabel("Kostnad det året").FillAsync("300 000");
        await editor.ClickAsync("Skapa insatsen");
        await editor.ClickAsync("Vägen in");
        await editor.HeadingAsync("Vägen in");
        await editor.Page.GetByLabel("Beslutsdatum (ÅÅÅÅ-MM-DD)").FillAsync($"{Year - 1}-10-15");
        await editor.Page.GetByLabel("Diarienummer och paragraf").FillAsync($"Dnr {Year - 1}/30 § 7");
        await editor.ClickAsync("Registrera beslutet");
        await editor.SeesAsync("Beslutet är registrerat.");
        await editor.ClickAsync("Flytta till ansökt");
        await editor.SeesAsync("Insatsen är ansökt.");
        await editor.ClickAsync("Flytta till beviljad");
        await editor.SeesAsync("Insatsen är beviljad.");
        var parent = $"federations/{federationId}";
        var effort = await system.Grants.GetEffortAsync(new GetEffortRequest { Name = $"{parent}/efforts/vagen-in" });
        Assert.Equal((EffortStatus.Granted, 30_000_000L), (effort.Status, effort.CostLines.Single().AmountOre));
        var decision = Assert.Single((await system.Grants.ListDecisionsAsync(new ListDecisionsRequest { Parent = parent })).Decisions);
        Assert.Equal(($"{Year - 1}-10-15", $"Dnr {Year - 1}/30 § 7"), (decision.DecidedOn, decision.ReferenceNumber));
        await editor.LookAtAsync("insatser");
    }

    // A one-year budget with its lines, saved.
    private async Task BudgetTheYearAsync(PersonInBrowser editor, string federationId)
    {
        var name = $"federations/{federationId}/budgets/{Year}";
        await OpenTheBudgetAsync(editor);
        await editor.Page.GetByLabel("Antal år i budgeten").SelectOptionAsync(new SelectOptionValue { Label = "Ett år" });
        await editor.ClickAsync("Skapa budgeten");
        await editor.Page.GetByRole(AriaRole.Heading, new() { Name = $"Budget {Year}", Exact = true }).WaitForAsync();

        await editor.ClickAsync("Lägg till rad i Styrelsen");
        await editor.Page.GetByLabel("Radens namn", new() { Exact = true }).Nth(0).FillAsync("Styrelsearvoden");
        await editor.Page.GetByLabel("Belopp", new() { Exact = true }).Nth(0).FillAsync("150 000");
        await editor.ClickAsync("Lägg till rad i Förbundets administration");
        await editor.Page.GetByLabel("Radens namn", new() { Exact = true }).Nth(1).FillAsync("Förbundschef");
        await editor.Page.GetByLabel("Belopp", new() { Exact = true }).Nth(1).FillAsync("700 000");
        await editor.Page.Keyboard.PressAsync("Tab");
        await editor.ClickAsync("Spara budgeten");
        await editor.SeesAsync("Budgeten är sparad.");
        var saved = await system.Budget.GetBudgetAsync(new GetBudgetRequest { Name = name });
        Assert.Equal([("board", 15_000_000L), ("administration", 70_000_000L)],
            saved.CostGroups.SelectMany(group => group.Lines.Select(line => (group.Key, line.AmountOre))));
        await editor.LookAtAsync("budget");
    }

    // The board's goal for equity, judged against the budget as typed, then saved.
    private async Task SetTheGoalsAsync(PersonInBrowser editor, string federationId)
    {
        await editor.ClickAsync("Finansiella mål");
        await editor.Page.GetByLabel("Eget kapital högst (procent av medlemsbidragen)").FillAsync("20");
        await editor.SeesAsync("Bedömt med målen i formuläret, inte sparat.");
        await editor.ClickAsync("Spara målen");
        await editor.SeesAsync("Målen är sparade.");
        var goals = await system.Budget.GetFinancialGoalsAsync(new GetFinancialGoalsRequest { Name = $"federations/{federationId}/financialGoals" });
        Assert.Equal(2000, goals.MaxEquityShareBasisPoints);
        await editor.LookAtAsync("mal");
    }

    // Proposed to the members, then adopted by the board.
    private async Task AdoptTheBudgetAsync(PersonInBrowser editor, string federationId)
    {
        var name = $"federations/{federationId}/budgets/{Year}";
        await OpenTheBudgetAsync(editor);
        await editor.ClickAsync("Lämna som förslag");
        await editor.SeesAsync("Förslag (på remiss hos medlemmarna)");
        await editor.Page.GetByLabel("Styrelsens beslutsdatum (ÅÅÅÅ-MM-DD)").FillAsync($"{Year - 1}-11-26");
        await editor.Page.GetByLabel("Diarienummer").FillAsync($"Dnr {Year - 1}/41");
        await editor.ClickAsync("Anta budgeten");
        await editor.Page.GetByRole(AriaRole.Table, new() { Name = "Budgetens antagna versioner" }).GetByRole(AriaRole.Row)
            .Filter(new() { HasText = $"Dnr {Year - 1}/41" }).WaitForAsync();
        Assert.Equal(BudgetStatus.Adopted, (await system.Budget.GetBudgetAsync(new GetBudgetRequest { Name = name })).Status);
    }

    private static async Task OpenTheBudgetAsync(PersonInBrowser editor)
    {
        await editor.ClickAsync("Budget");
        await editor.HeadingAsync("Budget");
        await editor.Page.GetByLabel("Budgetens första år").FillAsync(Year.ToString(CultureInfo.InvariantCulture));
        await editor.ClickAsync("Visa budgeten");
    }

    // The federation has no template yet: the officer starts from the suggested one and saves it.
    private async Task MakeTheTemplateAsync(PersonInBrowser editor, string federationId)
    {
        await editor.ClickAsync("Verksamhetsplan");
        await editor.HeadingAsync($"Verksamhetsplan och budget {Year}");
        await editor.ClickAsync("Gör mallen först.");
        await editor.HeadingAsync("Mallen för verksamhetsplanen");
        await editor.Page.GetByLabel("Rader ovanför titeln").FillAsync("SAMORDNINGSFÖRBUNDET\nWEBBDALEN");
        // In the preview's document (its title page may be laid out off screen in the frame).
        await editor.Page.FrameLocator("iframe.preview").GetByText("WEBBDALEN").First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await editor.LookAtAsync("mall");
        await editor.ClickAsync("Spara mallen");
        await editor.SeesAsync("Mallen är sparad.");
        var template = await system.Documents.GetDocumentTemplateAsync(new GetDocumentTemplateRequest { Name = $"federations/{federationId}/documentTemplate" });
        Assert.Equal(["SAMORDNINGSFÖRBUNDET", "WEBBDALEN"], template.TitlePage.Lines);
        Assert.Contains(template.Parts, part => part.Section == "inledning");
    }

    // The text beside its preview, saved, then published: the published file is public, with
    // the figures the budget service computes.
    private async Task WriteAndPublishThePlanAsync(PersonInBrowser editor, string federationId)
    {
        const string introduction = "Förbundet får {{ budget.income.kr }} och budgeterar kostnader på {{ budget.costs.kr }}.";
        await editor.ClickAsync(Year.ToString(CultureInfo.InvariantCulture));
        await editor.HeadingAsync($"Verksamhetsplan och budget {Year}");
        // The template prints an introduction: its field is there to fill, under its heading.
        await editor.Page.GetByLabel("Inledning", new() { Exact = true }).FillAsync(introduction);
        var report = await system.Budget.ComputeBudgetAsync(new ComputeBudgetRequest { Name = $"federations/{federationId}/budgets/{Year}" });
        var year = report.Years.Single(y => y.Year == Year && !y.Forecast);
        var expected = Spaced($"Förbundet får {Kronor(year.IncomeOre)} och budgeterar kostnader på {Kronor(year.CostsOre)}.");
        var previewed = editor.Page.FrameLocator("iframe.preview").GetByText("Förbundet får");
        await previewed.WaitForAsync();
        Assert.Equal(expected, Spaced(await previewed.InnerTextAsync()));
        await editor.ClickAsync("Spara texten");
        await editor.SeesAsync("Texten är sparad.");
        await editor.LookAtAsync("plan");

        await editor.ClickAsync("Publicera en ny version");
        var html = editor.Page.GetByRole(AriaRole.Link, new() { Name = "Version 1 som HTML" });
        await html.WaitForAsync();
        var version = Assert.Single((await system.Documents.ListDocumentVersionsAsync(new ListDocumentVersionsRequest { Parent = $"federations/{federationId}/documents/{Year}" })).Versions);
        Assert.Equal(($"{Year - 1}-11-26", $"Dnr {Year - 1}/41"), (version.AdoptedOn, version.ReferenceNumber));
        using var anonymous = new HttpClient();
        var published = Spaced(WebUtility.HtmlDecode(await anonymous.GetStringAsync(await html.GetAttributeAsync("href"))));
        Assert.Contains(expected, published);
        Assert.Contains("WEBBDALEN", published);
        Assert.DoesNotContain("UTKAST", published);
        await editor.LookAtAsync("publicerad");
    }

    // As the federations write amounts: whole kronor, thousands apart.
    private static string Kronor(long ore) => $"{(ore / 100).ToString("N0", Swedish)} kr";

    // A document's text with its no-break spaces as plain ones.
    private static string Spaced(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');
}
