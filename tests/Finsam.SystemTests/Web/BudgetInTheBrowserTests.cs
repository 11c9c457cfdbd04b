using System.Globalization;
using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Identity.V1;
using Finsam.SystemTests.Infrastructure;
using Microsoft.Playwright;
using BudgetMessage = Finsam.Contracts.Budget.V1.Budget;

namespace Finsam.SystemTests.Web;

// An officer enters a federation's budget in the browser: creates it, types its lines and sees
// the result budget recomputed before anything is saved (the computation of the unsaved budget
// stores nothing), then saves it deliberately. What the page shows is what the budget service
// computes, for the draft and for the saved budget alike.
[Collection(WebSystemCollection.Name)]
public sealed class BudgetInTheBrowserTests(WebSystem system)
{
    private const int Year = 2027;
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    [Fact]
    public async Task An_officer_sees_the_budget_recomputed_as_they_type_and_saves_it_deliberately()
    {
        const string federationName = "Samordningsförbundet Budgetdalen";
        var federationId = Federations.NewId("budgetdalen");
        var name = $"federations/{federationId}/budgets/{Year}";
        await FederationAsync(federationId, federationName);
        var officer = await WebPeople.NewAsync(system, "ekonom", Role.Editor, federationId);

        await using var browser = await OfficerBrowser.StartAsync(system.WebApp);
        await browser.RunAsync("budget", async () =>
        {
            // No budget for the year yet: the officer creates a one-year budget.
            var editor = await OpenBudgetAsync(browser, officer, federationName);
            await editor.SeesAsync($"Det finns ingen budget för {Year} ännu.");
            await editor.Page.GetByLabel("Antal år i budgeten").SelectOptionAsync(new SelectOptionValue { Label = "Ett år" });
            await editor.ClickAsync("Skapa budgeten");
            await BudgetShownAsync(editor);
            var created = await system.Budget.GetBudgetAsync(new GetBudgetRequest { Name = name });
            Assert.Equal(1, created.PlanYears);
            var savedResult = await ResultAsync(new ComputeBudgetRequest { Name = name });
            await ShowsResultAsync(editor, savedResult);

            // Lines typed in kronor, the result recomputed from the form before anything is saved.
            await editor.ClickAsync("Lägg till rad i Styrelsen");
            await editor.Page.GetByLabel("Radens namn", new() { Exact = true }).Nth(0).FillAsync("Styrelsearvoden");
            await editor.Page.GetByLabel("Belopp", new() { Exact = true }).Nth(0).FillAsync("150 000");
            await editor.Page.Keyboard.PressAsync("Tab");
            await editor.ClickAsync("Lägg till rad i Förbundets administration");
            await editor.Page.GetByLabel("Radens namn", new() { Exact = true }).Nth(1).FillAsync("Förbundschef");
            await editor.Page.GetByLabel("Belopp", new() { Exact = true }).Nth(1).FillAsync("612 500,50");
            await editor.Page.Keyboard.PressAsync("Tab");

            var typed = created.Clone();
            typed.CostGroups.Single(group => group.Key == "board").Lines.Add(new BudgetLine { Label = "Styrelsearvoden", Year = Year, AmountOre = 15_000_000 });
            typed.CostGroups.Single(group => group.Key == "administration").Lines.Add(new BudgetLine { Label = "Förbundschef", Year = Year, AmountOre = 61_250_050 });
            var draftReport = await system.Budget.ComputeBudgetDraftAsync(new ComputeBudgetDraftRequest { Budget = typed });
            var draftResult = draftReport.Years.Single(year => year.Year == Year).ResultOre;
            Assert.Equal(savedResult - 15_000_000 - 61_250_050, draftResult);
            await ShowsResultAsync(editor, draftResult);
            await editor.SeesAsync("Beräknat från formuläret, inte sparat.");

            // Nothing is stored while the officer types.
            var unchanged = await system.Budget.GetBudgetAsync(new GetBudgetRequest { Name = name });
            Assert.Equal(created.Etag, unchanged.Etag);
            Assert.All(unchanged.CostGroups, group => Assert.Empty(group.Lines));
            await editor.LookAtAsync("budget-utkast");

            // Saved deliberately: the budget holds the lines, and its computation is what the page shows.
            await editor.ClickAsync("Spara budgeten");
            await editor.SeesAsync("Budgeten är sparad.");
            var saved = await system.Budget.GetBudgetAsync(new GetBudgetRequest { Name = name });
            Assert.NotEqual(created.Etag, saved.Etag);
            Assert.Equal(
                [("board", "Styrelsearvoden", Year, 15_000_000L), ("administration", "Förbundschef", Year, 61_250_050L)],
                saved.CostGroups.SelectMany(group => group.Lines.Select(line => (group.Key, line.Label, line.Year, line.AmountOre))));
            var computed = await ResultAsync(new ComputeBudgetRequest { Name = name });
            Assert.Equal(draftResult, computed);
            await ShowsResultAsync(editor, computed);
            await editor.LookAtAsync("budget-sparad");

            // Proposed, then adopted by the board: locked, and listed among the adopted versions.
            await editor.ClickAsync("Lämna som förslag");
            await editor.SeesAsync("Förslag (på remiss hos medlemmarna)");
            await editor.Page.GetByLabel("Styrelsens beslutsdatum (ÅÅÅÅ-MM-DD)").FillAsync("2026-11-26");
            await editor.Page.GetByLabel("Diarienummer").FillAsync("Dnr 2026/41");
            await editor.ClickAsync("Anta budgeten");
            var versions = editor.Page.GetByRole(AriaRole.Table, new() { Name = "Budgetens antagna versioner" });
            await versions.GetByRole(AriaRole.Row).Filter(new() { HasText = "Dnr 2026/41" }).WaitForAsync();
            Assert.Contains("26 november 2026", await versions.InnerTextAsync());
            Assert.False(await editor.Page.GetByLabel("Radens namn", new() { Exact = true }).First.IsEditableAsync());
            var adopted = await system.Budget.ListBudgetVersionsAsync(new ListBudgetVersionsRequest { Parent = name });
            Assert.Equal([(1, "2026-11-26", "Dnr 2026/41")], adopted.Versions.Select(version => (version.Version, version.AdoptedOn, version.ReferenceNumber)));
            await editor.LookAtAsync("budget-antagen");
        });
    }

    [Fact]
    public async Task A_stale_save_keeps_what_was_typed_and_a_reader_sees_the_budget_without_changing_it()
    {
        const string federationName = "Samordningsförbundet Etaglunda";
        var federationId = Federations.NewId("etaglunda");
        var name = $"federations/{federationId}/budgets/{Year}";
        await FederationAsync(federationId, federationName);
        var officer = await WebPeople.NewAsync(system, "ekonom", Role.Editor, federationId);
        var reader = await WebPeople.NewAsync(system, "lasare", Role.Reader, federationId);
        await system.Budget.CreateBudgetAsync(new CreateBudgetRequest
        {
            Parent = $"federations/{federationId}",
            Budget = new BudgetMessage
            {
                FirstYear = Year,
                PlanYears = 1,
                CostGroups =
                {
                    new CostGroupInput { Key = "board", Label = "Styrelsen", Kind = CostGroupKind.Board },
                    new CostGroupInput { Key = "administration", Label = "Förbundets administration", Kind = CostGroupKind.Administration },
                },
            },
        });

        await using var browser = await OfficerBrowser.StartAsync(system.WebApp);
        await browser.RunAsync("budget-etag", async () =>
        {
            var editor = await OpenBudgetAsync(browser, officer, federationName);
            await BudgetShownAsync(editor);

            // A line without a name: the computation of the form says so beside the field.
            await editor.ClickAsync("Lägg till rad i Styrelsen");
            await editor.SeesAsync("Beräkningen väntar tills det markerade är rättat.");
            await editor.SeesAsync("Fyll i det här.");
            await editor.Page.GetByLabel("Radens namn", new() { Exact = true }).FillAsync("Styrelsearvoden");
            await editor.Page.GetByLabel("Belopp", new() { Exact = true }).FillAsync("100 000");
            await editor.Page.Keyboard.PressAsync("Tab");
            var typed = await system.Budget.GetBudgetAsync(new GetBudgetRequest { Name = name });
            typed.CostGroups[0].Lines.Add(new BudgetLine { Label = "Styrelsearvoden", Year = Year, AmountOre = 10_000_000 });
            var typedResult = (await system.Budget.ComputeBudgetDraftAsync(new ComputeBudgetDraftRequest { Budget = typed })).Years.Single().ResultOre;
            await ShowsResultAsync(editor, typedResult);

            // Someone else saves meanwhile: the officer's save is refused, and what they typed stays.
            var theirs = await system.Budget.GetBudgetAsync(new GetBudgetRequest { Name = name });
            theirs.CostGroups[1].Lines.Add(new BudgetLine { Label = "Revision", Year = Year, AmountOre = 5_000_000 });
            await system.Budget.UpdateBudgetAsync(new UpdateBudgetRequest { Budget = theirs });
            await editor.ClickAsync("Spara budgeten");
            await editor.SeesAsync("Någon annan har ändrat detta medan du arbetade.");
            Assert.Equal("Styrelsearvoden", await editor.Page.GetByLabel("Radens namn", new() { Exact = true }).InputValueAsync());
            await editor.LookAtAsync("budget-inaktuell");

            // Knowingly saved over theirs: the budget is the officer's form.
            await editor.ClickAsync("Spara mina ändringar över det senaste");
            await editor.SeesAsync("Budgeten är sparad.");
            var saved = await system.Budget.GetBudgetAsync(new GetBudgetRequest { Name = name });
            Assert.Equal(
                [("board", "Styrelsearvoden", 10_000_000L)],
                saved.CostGroups.SelectMany(group => group.Lines.Select(line => (group.Key, line.Label, line.AmountOre))));
            await ShowsResultAsync(editor, await ResultAsync(new ComputeBudgetRequest { Name = name }));

            // A reader sees the same budget and figures, and nothing to press or type in.
            var looker = await OpenBudgetAsync(browser, reader, federationName);
            await BudgetShownAsync(looker);
            await ShowsResultAsync(looker, await ResultAsync(new ComputeBudgetRequest { Name = name }));
            Assert.False(await looker.Page.GetByLabel("Radens namn", new() { Exact = true }).IsEditableAsync());
            Assert.Equal(0, await looker.Page.GetByRole(AriaRole.Button, new() { Name = "Spara budgeten" }).CountAsync());
            Assert.Equal(0, await looker.Page.GetByRole(AriaRole.Button, new() { Name = "Lämna som förslag" }).CountAsync());
            await looker.LookAtAsync("budget-lasare");
        });
    }

    // A person signs in and asks for the federation's budget for the year, through its pages.
    private static async Task<PersonInBrowser> OpenBudgetAsync(OfficerBrowser browser, string username, string federationName)
    {
        var person = await browser.SignInAsync(username, WebPeople.Password);
        await person.ClickAsync(federationName);
        await person.HeadingAsync(federationName);
        await person.ClickAsync("Budget");
        await person.HeadingAsync("Budget");
        await person.Page.GetByLabel("Budgetens första år").FillAsync(Year.ToString(CultureInfo.InvariantCulture));
        await person.ClickAsync("Visa budgeten");
        return person;
    }

    private static async Task BudgetShownAsync(PersonInBrowser person) =>
        await person.Page.GetByRole(AriaRole.Heading, new() { Name = $"Budget {Year}", Exact = true }).WaitForAsync();

    // A federation with its members, the state's allocation and goals, set up through the API.
    private async Task FederationAsync(string federationId, string federationName)
    {
        var parent = $"federations/{federationId}";
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
                    new Member { MemberId = "region-budgetland", Kind = MemberKind.Region, DisplayName = "Region Budgetland", Population = 90_000 },
                    new Member { MemberId = "budgetdalen", Kind = MemberKind.Municipality, DisplayName = "Budgetdalens kommun", Population = 30_000 },
                },
            },
        });
        await system.Funding.CreateAllocationAsync(new CreateAllocationRequest
        {
            Parent = parent,
            Allocation = new Allocation { Year = Year, StateAmountOre = 150_000_000, Status = AllocationStatus.Decided },
        });
        await system.Budget.SetFinancialGoalsAsync(new SetFinancialGoalsRequest
        {
            FinancialGoals = new FinancialGoals
            {
                Name = $"{parent}/financialGoals",
                MaxEquityShareBasisPoints = 2_000,
                GroupShareCaps = { new GroupShareCap { Label = "Förbundets administration", Groups = { "administration" }, MaxBasisPoints = 2_000 } },
            },
        });
    }

    private async Task<long> ResultAsync(ComputeBudgetRequest request) =>
        (await system.Budget.ComputeBudgetAsync(request)).Years.Single(year => year.Year == Year).ResultOre;

    // The result budget's "Årets resultat" for the year, once the page has computed it.
    private static async Task ShowsResultAsync(PersonInBrowser person, long resultOre)
    {
        var expected = Kronor(resultOre);
        var row = person.Page.GetByRole(AriaRole.Table, new() { Name = "Resultatbudget per år" })
            .GetByRole(AriaRole.Row).Filter(new() { Has = person.Page.GetByRole(AriaRole.Rowheader, new() { Name = "Årets resultat", Exact = true }) });
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var shown = "";
        while (DateTime.UtcNow < deadline)
        {
            shown = await row.CountAsync() == 1 ? await row.InnerTextAsync() : "";
            if (shown.Contains(expected, StringComparison.Ordinal))
            {
                return;
            }
            await Task.Delay(200);
        }
        Assert.Fail($"The page's result is '{shown}', not {expected}.");
    }

    // As the page writes amounts: kronor, thousands apart, öre only where there are any.
    private static string Kronor(long ore) => ore % 100 == 0
        ? $"{(ore / 100).ToString("N0", Swedish)} kr"
        : $"{(ore / 100m).ToString("N2", Swedish)} kr";
}
