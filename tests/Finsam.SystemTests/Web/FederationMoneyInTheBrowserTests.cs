using System.Globalization;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Identity.V1;
using Finsam.SystemTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Finsam.SystemTests.Web;

// The federation's money over a year, in the browser: an officer records Försäkringskassan's
// decision, a member's commitment, declined money and other income on the year's page, then
// sets the instalment plan, raises the invoices and records a payment on the invoicing page.
// What each page shows is what funding stored and computed, row by row.
[Collection(WebSystemCollection.Name)]
public sealed class FederationMoneyInTheBrowserTests(WebSystem system)
{
    private const int Year = 2027;
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    [Fact]
    public async Task An_officer_records_the_years_money_invoices_it_and_sees_what_is_outstanding()
    {
        var federationId = Federations.NewId("pengar");
        var parent = $"federations/{federationId}";
        var allocation = $"{parent}/allocations/{Year}";
        await system.Funding.CreateFederationAsync(new CreateFederationRequest { FederationId = federationId, Federation = Federations.Sundsvall() });
        await system.Funding.CreateAllocationAsync(new CreateAllocationRequest
        {
            Parent = parent,
            Allocation = new Allocation { Year = Year, StateAmountOre = 200_000_000, Status = AllocationStatus.Preliminary },
        });
        var officer = await WebPeople.NewAsync(system, "ekonom", Role.Editor, federationId);

        await using var browser = await OfficerBrowser.StartAsync(system.WebApp);
        await browser.RunAsync("pengar", async () =>
        {
            var editor = await browser.SignInAsync(officer, WebPeople.Password);
            await editor.GotoAsync($"/forbund/{federationId}/tilldelning");
            await editor.HeadingAsync("Medelstilldelning och medlemsbidrag");
            await editor.ClickAsync($"Tilldelning {Year}");
            await editor.HeadingAsync($"Medelstilldelning {Year}");

            // Försäkringskassan's formal decision, after the autumn's status report.
            await editor.Page.GetByLabel("Slag av besked").SelectOptionAsync(new SelectOptionValue { Label = "Beslut" });
            await editor.Page.GetByLabel("Statens del enligt beskedet").FillAsync("2 100 000");
            await editor.Page.GetByLabel("Beskedets datum (ÅÅÅÅ-MM-DD)").FillAsync("2026-11-26");
            await editor.Page.GetByLabel("Källa, t.ex. beslutets diarienummer").FillAsync("Försäkringskassans beslut dnr 2026/4711");
            await editor.ClickAsync("Registrera beskedet");
            await editor.SeesAsync("Beskedet är registrerat.");
            var announcements = (await system.Funding.ListAnnouncementsAsync(new ListAnnouncementsRequest { Parent = allocation })).Announcements;
            Assert.Equal(
                [(AnnouncementKind.Preliminary, 200_000_000L, ""), (AnnouncementKind.Decision, 210_000_000L, "Försäkringskassans beslut dnr 2026/4711")],
                announcements.Select(announcement => (announcement.Kind, announcement.StateAmountOre, announcement.Source)));
            Assert.Equal("2026-11-26", announcements[1].AnnouncedOn);
            await ShowsRowsAsync(editor, $"Försäkringskassans besked om statens del {Year}, det senaste sist", announcements.Select((announcement, i) => new[]
            {
                (announcement.Kind == AnnouncementKind.Decision ? "Beslut" : "Lägesrapport (preliminär)") + (i == announcements.Count - 1 ? " (gäller)" : ""),
                Date(announcement.AnnouncedOn),
                Kronor(announcement.StateAmountOre),
                announcement.Source,
            }));

            // Sundsvalls kommun commits to less than its quarter: the state pays only what is matched.
            await editor.Page.GetByLabel("Medlem", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Sundsvalls kommun" });
            await editor.Page.GetByLabel("Åtagande för Sundsvalls kommun").FillAsync("500 000");
            await editor.ClickAsync("Spara åtagandet");
            await editor.SeesAsync("Åtagandet är sparat.");
            var commitments = (await system.Funding.ListCommitmentsAsync(new ListCommitmentsRequest { Parent = allocation })).Commitments;
            Assert.Equal([($"{allocation}/commitments/sundsvalls-kommun", 50_000_000L)], commitments.Select(commitment => (commitment.Name, commitment.CommittedOre)));
            var contributions = await system.Funding.GetContributionsAsync(new GetContributionsRequest { Name = $"{parent}/contributions/{Year}" });
            await ShowsRowsAsync(editor, $"Vad regionerna och kommunerna har åtagit sig att betala {Year}",
            [
                ["Region Västernorrland", Kronor(Contribution(contributions, "region-vasternorrland")), "Inget åtagande"],
                ["Sundsvalls kommun", Kronor(Contribution(contributions, "sundsvalls-kommun")), Kronor(50_000_000)],
            ]);

            // The federation declines part of the offer.
            await editor.Page.GetByLabel("Avböjt belopp").FillAsync("100 000");
            await editor.ClickAsync("Spara avböjt belopp");
            await editor.SeesAsync("Det avböjda beloppet är sparat.");
            var declined = await system.Funding.GetAllocationAsync(new GetAllocationRequest { Name = allocation });
            Assert.Equal((10_000_000L, AllocationStatus.Decided), (declined.DeclinedStateAmountOre, declined.Status));
            await ShowsRowsAsync(editor, $"Statens medelstilldelning {Year} som den står nu",
            [
                ["Erbjuden enligt senaste beskedet", Kronor(declined.StateAmountOre)],
                ["Avböjd av förbundet", Kronor(declined.DeclinedStateAmountOre)],
                ["Matchad av medlemmarna (det staten betalar)", Kronor(declined.MatchedStateAmountOre)],
                ["Läge", "Beslutad"],
            ]);

            // Interest on the bank account, as other income; the year's income counts it.
            await editor.Page.GetByLabel("Slag av intäkt").SelectOptionAsync(new SelectOptionValue { Label = "Ränta" });
            await editor.Page.GetByLabel("Belopp", new() { Exact = true }).FillAsync("12 500");
            await editor.Page.GetByLabel("Anteckning").FillAsync("Ränta på bankkontot");
            await editor.ClickAsync("Lägg till intäkten");
            await ShowsRowsAsync(editor, $"Övriga intäkter {Year}", [["Ränta", Kronor(1_250_000), "Ränta på bankkontot", "Ta bort"]]);
            var other = await system.Funding.ListOtherIncomeAsync(new ListOtherIncomeRequest { Parent = parent, Year = Year });
            Assert.Equal([(OtherIncomeKind.Interest, 1_250_000L, "Ränta på bankkontot")], other.OtherIncome.Select(income => (income.Kind, income.AmountOre, income.Note)));
            var income = (await system.Funding.GetIncomeAsync(new GetIncomeRequest { Parent = parent, FirstYear = Year, LastYear = Year })).Years.Single();
            var otherTotal = income.OtherIncome.Sum(entry => entry.AmountOre);
            Assert.Equal(other.TotalOre, otherTotal);
            await ShowsRowsAsync(editor, $"Förbundets intäkter {Year} enligt medelstilldelningen och övriga intäkter",
            [
                ["Medlemsbidrag", Kronor(income.Contributions.TotalOre)],
                ["varav Försäkringskassan (statens del)", Kronor(income.Contributions.StateOre)],
                ["varav regionerna", Kronor(income.Contributions.RegionsOre)],
                ["varav kommunerna", Kronor(income.Contributions.MunicipalitiesOre)],
                ["Övriga intäkter", Kronor(otherTotal)],
                ["Summa intäkter", Kronor(income.Contributions.TotalOre + otherTotal)],
            ]);
            await editor.LookAtAsync("tilldelning-ar");

            // Invoiced quarterly: one invoice per paying member and quarter.
            await editor.ClickAsync($"Fakturering {Year}");
            await editor.HeadingAsync($"Fakturering {Year}");
            await editor.Page.GetByLabel("Fakturera medlemsbidragen").SelectOptionAsync(new SelectOptionValue { Label = "Kvartalsvis (fyra delbetalningar)" });
            await editor.ClickAsync("Spara avbetalningsplanen");
            await editor.SeesAsync("Avbetalningsplanen är sparad");
            await editor.ClickAsync("Skapa fakturor");
            await editor.SeesAsync("12 fakturor är skapade.");
            var invoices = (await system.Funding.ListInvoicesAsync(new ListInvoicesRequest { Parent = parent, Year = Year })).Invoices;
            Assert.Equal(12, invoices.Count);
            await ShowsInvoicesAsync(editor, invoices);

            // A payment against Sundsvalls kommun's first instalment, in part.
            var first = invoices.Single(invoice => invoice.MemberId == "sundsvalls-kommun" && invoice.Instalment == 1);
            var invoice = editor.Page.GetByLabel("Faktura", new() { Exact = true });
            var paid = editor.Page.GetByLabel("Inbetalt belopp");
            await invoice.SelectOptionAsync(first.Name);
            // The page offers what is left on the chosen invoice; the officer types what came in.
            await Expect(paid).ToHaveValueAsync(AsTyped(first.OutstandingOre));
            await paid.FillAsync("100 000");
            await editor.Page.GetByLabel("Betalningsdag (ÅÅÅÅ-MM-DD)").FillAsync("2027-02-15");
            await editor.Page.GetByLabel("Referens, t.ex. bankens verifikation").FillAsync("Bankgiro 2027-17");
            await editor.ClickAsync("Registrera inbetalningen");
            await editor.SeesAsync("Inbetalningen är registrerad.");
            invoices = (await system.Funding.ListInvoicesAsync(new ListInvoicesRequest { Parent = parent, Year = Year })).Invoices;
            Assert.Equal(10_000_000, invoices.Single(invoice => invoice.Name == first.Name).PaidOre);
            await ShowsInvoicesAsync(editor, invoices);
            await ShowsOutstandingAsync(editor, await system.Funding.GetOutstandingAsync(new GetOutstandingRequest { Name = $"{parent}/outstanding/{Year}" }));

            // More than is left on the invoice is refused, in Swedish, and nothing is recorded.
            await Expect(invoice).ToHaveValueAsync(first.Name);
            await Expect(paid).ToHaveValueAsync(AsTyped(first.OutstandingOre - 10_000_000));
            await paid.FillAsync("999 999");
            await editor.ClickAsync("Registrera inbetalningen");
            await editor.Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Skäl: Inbetalningen är större än det som återstår att betala på fakturan." }).WaitForAsync();
            Assert.Equal("999 999", (await paid.InputValueAsync()).Replace('\u00A0', ' '));
            var outstanding = await system.Funding.GetOutstandingAsync(new GetOutstandingRequest { Name = $"{parent}/outstanding/{Year}" });
            Assert.Equal(10_000_000, outstanding.PaidOre);
            await ShowsOutstandingAsync(editor, outstanding);
            await editor.LookAtAsync("fakturering");
        });
    }

    [Fact]
    public async Task Refused_input_is_shown_beside_its_field_an_overtaken_edit_is_kept_and_a_reader_only_sees_the_figures()
    {
        var federationId = Federations.NewId("pengar");
        var parent = $"federations/{federationId}";
        var allocation = $"{parent}/allocations/{Year}";
        await system.Funding.CreateFederationAsync(new CreateFederationRequest { FederationId = federationId, Federation = Federations.Sundsvall() });
        await system.Funding.CreateAllocationAsync(new CreateAllocationRequest
        {
            Parent = parent,
            Allocation = new Allocation { Year = Year, StateAmountOre = 200_000_000, Status = AllocationStatus.Decided },
        });
        await system.Funding.SetInstalmentPlanAsync(new SetInstalmentPlanRequest
        {
            InstalmentPlan = new InstalmentPlan { Name = $"{parent}/instalmentPlans/{Year}", Frequency = InstalmentFrequency.HalfYearly },
        });
        await system.Funding.RaiseInvoicesAsync(new RaiseInvoicesRequest { InstalmentPlan = $"{parent}/instalmentPlans/{Year}" });
        var officer = await WebPeople.NewAsync(system, "ekonom", Role.Editor, federationId);
        var reader = await WebPeople.NewAsync(system, "lasare", Role.Reader, federationId);

        await using var browser = await OfficerBrowser.StartAsync(system.WebApp);
        await browser.RunAsync("pengar-skydd", async () =>
        {
            var editor = await browser.SignInAsync(officer, WebPeople.Password);
            await editor.GotoAsync($"/forbund/{federationId}/tilldelning/{Year}");
            await editor.HeadingAsync($"Medelstilldelning {Year}");

            // A date written the wrong way is named beside its field, and nothing is recorded.
            await editor.Page.GetByLabel("Statens del enligt beskedet").FillAsync("2 050 000");
            await editor.Page.GetByLabel("Beskedets datum (ÅÅÅÅ-MM-DD)").FillAsync("26/11/2026");
            await editor.ClickAsync("Registrera beskedet");
            await editor.SeesAsync("Formatet stämmer inte.");
            Assert.Single((await system.Funding.ListAnnouncementsAsync(new ListAnnouncementsRequest { Parent = allocation })).Announcements);

            // A colleague changes the allocation meanwhile: the officer's amount is kept, and saved over theirs knowingly.
            var theirs = await system.Funding.GetAllocationAsync(new GetAllocationRequest { Name = allocation });
            theirs.DeclinedStateAmountOre = 5_000_000;
            await system.Funding.UpdateAllocationAsync(new UpdateAllocationRequest { Allocation = theirs, UpdateMask = new() { Paths = { "declined_state_amount_ore" } } });
            await editor.Page.GetByLabel("Avböjt belopp").FillAsync("100 000");
            await editor.ClickAsync("Spara avböjt belopp");
            await editor.SeesAsync("Någon annan har ändrat detta medan du arbetade.");
            Assert.Equal("100 000", (await editor.Page.GetByLabel("Avböjt belopp").InputValueAsync()).Replace('\u00A0', ' '));
            Assert.Equal(5_000_000, (await system.Funding.GetAllocationAsync(new GetAllocationRequest { Name = allocation })).DeclinedStateAmountOre);
            await editor.LookAtAsync("tilldelning-vagrad");
            await editor.ClickAsync("Spara mitt belopp över det senaste");
            await editor.SeesAsync("Det avböjda beloppet är sparat.");
            Assert.Equal(10_000_000, (await system.Funding.GetAllocationAsync(new GetAllocationRequest { Name = allocation })).DeclinedStateAmountOre);

            // A reader sees the same figures, with nothing to record, save or raise.
            var looker = await browser.SignInAsync(reader, WebPeople.Password);
            await looker.GotoAsync($"/forbund/{federationId}/tilldelning/{Year}");
            await looker.HeadingAsync($"Medelstilldelning {Year}");
            var stored = await system.Funding.GetAllocationAsync(new GetAllocationRequest { Name = allocation });
            await ShowsRowsAsync(looker, $"Statens medelstilldelning {Year} som den står nu",
            [
                ["Erbjuden enligt senaste beskedet", Kronor(stored.StateAmountOre)],
                ["Avböjd av förbundet", Kronor(10_000_000)],
                ["Matchad av medlemmarna (det staten betalar)", Kronor(stored.MatchedStateAmountOre)],
                ["Läge", "Beslutad"],
            ]);
            var decision = (await system.Funding.ListAnnouncementsAsync(new ListAnnouncementsRequest { Parent = allocation })).Announcements.Single();
            await ShowsRowsAsync(looker, $"Försäkringskassans besked om statens del {Year}, det senaste sist",
                [["Beslut (gäller)", Date(decision.AnnouncedOn), Kronor(decision.StateAmountOre), ""]]);
            var contributions = await system.Funding.GetContributionsAsync(new GetContributionsRequest { Name = $"{parent}/contributions/{Year}" });
            await ShowsRowsAsync(looker, $"Vad regionerna och kommunerna har åtagit sig att betala {Year}",
            [
                ["Region Västernorrland", Kronor(Contribution(contributions, "region-vasternorrland")), "Inget åtagande"],
                ["Sundsvalls kommun", Kronor(Contribution(contributions, "sundsvalls-kommun")), "Inget åtagande"],
            ]);
            await looker.SeesAsync($"Inga övriga intäkter är registrerade för {Year}.");
            foreach (var button in new[] { "Registrera beskedet", "Spara åtagandet", "Spara avböjt belopp", "Lägg till intäkten" })
            {
                Assert.Equal(0, await looker.Page.GetByRole(AriaRole.Button, new() { Name = button }).CountAsync());
            }
            await looker.LookAtAsync("tilldelning-lasare");

            await looker.ClickAsync($"Fakturering {Year}");
            await looker.HeadingAsync($"Fakturering {Year}");
            var invoices = (await system.Funding.ListInvoicesAsync(new ListInvoicesRequest { Parent = parent, Year = Year })).Invoices;
            Assert.Equal(6, invoices.Count);
            await ShowsInvoicesAsync(looker, invoices, instalments: 2);
            await ShowsOutstandingAsync(looker, await system.Funding.GetOutstandingAsync(new GetOutstandingRequest { Name = $"{parent}/outstanding/{Year}" }));
            foreach (var button in new[] { "Spara avbetalningsplanen", "Skapa fakturor", "Registrera inbetalningen" })
            {
                Assert.Equal(0, await looker.Page.GetByRole(AriaRole.Button, new() { Name = button }).CountAsync());
            }
            await looker.LookAtAsync("fakturering-lasare");
        });
    }

    private static long Contribution(Contributions contributions, string memberId) =>
        contributions.Members.Single(line => line.MemberId == memberId).AmountOre;

    private static async Task ShowsInvoicesAsync(PersonInBrowser person, IEnumerable<Invoice> invoices, int instalments = 4)
    {
        var names = Federations.Sundsvall().Members.ToDictionary(member => member.MemberId, member => member.DisplayName);
        await ShowsRowsAsync(person, $"Medlemsbidragens fakturor {Year}, medlem för medlem", invoices.Select(invoice => new[]
        {
            names[invoice.MemberId],
            $"{invoice.Instalment} av {instalments}",
            Date(invoice.DueOn),
            Kronor(invoice.AmountOre),
            Kronor(invoice.PaidOre),
            Kronor(invoice.OutstandingOre),
        }));
    }

    private static async Task ShowsOutstandingAsync(PersonInBrowser person, Outstanding outstanding)
    {
        var table = $"Vad varje medlem har fakturerats, har betalat och är skyldig för {Year}";
        await ShowsRowsAsync(person, table, outstanding.Members.Select(member => new[]
            { member.DisplayName, Kronor(member.InvoicedOre), Kronor(member.PaidOre), Kronor(member.OutstandingOre) }));
        await Expect(person.Page.GetByRole(AriaRole.Table, new() { Name = table }).Locator("tfoot tr").Locator("th, td"))
            .ToHaveTextAsync(["Summa", Kronor(outstanding.InvoicedOre), Kronor(outstanding.PaidOre), Kronor(outstanding.OutstandingOre)]);
    }

    // The table's rows, cell by cell, once the page shows them (it reads again after a change).
    private static async Task ShowsRowsAsync(PersonInBrowser person, string table, IEnumerable<string[]> rows)
    {
        var expected = rows.ToList();
        var body = person.Page.GetByRole(AriaRole.Table, new() { Name = table }).Locator("tbody tr");
        await Expect(body).ToHaveCountAsync(expected.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            await Expect(body.Nth(i).Locator("th, td")).ToHaveTextAsync(expected[i]);
        }
    }

    // As the pages write them: "26 november 2026", and kronor with thousands apart.
    private static string Date(string isoDate) =>
        DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("d MMMM yyyy", Swedish);

    private static string AsTyped(long ore) => (ore / 100).ToString("N0", Swedish);

    private static string Kronor(long ore) => ore % 100 == 0
        ? $"{(ore / 100).ToString("N0", Swedish)} kr"
        : $"{(ore / 100m).ToString("N2", Swedish)} kr";
}
