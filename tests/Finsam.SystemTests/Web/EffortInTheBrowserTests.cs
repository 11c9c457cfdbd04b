using System.Globalization;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.Contracts.Identity.V1;
using Finsam.SystemTests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Finsam.SystemTests.Web;

// One effort's year in the browser, on its own page: an officer edits it (and saves over a
// colleague's change knowingly), is told why it cannot be granted yet, records the board's
// decision, grants it, reserves money and follows it up year by year. What the page shows is
// what the grants service stored and computed; a reader sees the same figures and no form.
[Collection(WebSystemCollection.Name)]
public sealed class EffortInTheBrowserTests(WebSystem system)
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    [Fact]
    public async Task An_officer_edits_an_effort_records_the_boards_decision_reserves_money_and_follows_it_up()
    {
        var federationId = Federations.NewId("webb");
        await system.Funding.CreateFederationAsync(new CreateFederationRequest { FederationId = federationId, Federation = Federations.Sundsvall() });
        var officer = await WebPeople.NewAsync(system, "officer", Role.Editor, federationId);
        var reader = await WebPeople.NewAsync(system, "lasare", Role.Reader, federationId);
        var parent = $"federations/{federationId}";
        var effort = await system.Grants.CreateEffortAsync(new CreateEffortRequest
        {
            Parent = parent,
            EffortId = "jobbcoacher",
            Effort = new Effort
            {
                DisplayName = "Jobbcoacher",
                Kind = EffortKind.Individual,
                Owner = "Sundsvalls kommun",
                CostGroup = "Arbetsmarknadstorget",
                StartOn = "2027-01-01",
                EndOn = "2028-12-31",
                CostLines = { new CostLine { Year = 2027, Description = "2 st. Jobbcoacher", AmountOre = 120_000_000 } },
            },
        });
        await system.Grants.TransitionEffortAsync(new TransitionEffortRequest { Name = effort.Name, Status = EffortStatus.Applied });

        await using var browser = await OfficerBrowser.StartAsync(system.WebApp);
        await browser.RunAsync("insatssida", async () =>
        {
            var person = await browser.SignInAsync(officer, WebPeople.Password);
            var page = person.Page;
            await person.GotoAsync($"/forbund/{federationId}/insatser");
            await person.HeadingAsync("Insatser");
            await person.ClickAsync("Jobbcoacher");
            await person.HeadingAsync("Jobbcoacher");
            Assert.Equal("Ansökt", await Fact(page, "status"));
            await person.LookAtAsync("insats");

            // The officer renames it, gives it a target group and a second year's cost.
            await page.GetByLabel("Insatsens namn").FillAsync("Jobbcoacher Timrå");
            await page.GetByLabel("Ägare (medlem)").FillAsync("Timrå kommun");
            await page.GetByLabel("Målgrupp").FillAsync("Unga vuxna 18-29 år");
            await person.ClickAsync("Lägg till kostnadsrad");
            await page.GetByLabel("Vad kostnaden avser", new() { Exact = true }).Nth(1).FillAsync("1 st. Jobbcoach");
            await page.GetByLabel("Kostnad det året", new() { Exact = true }).Nth(1).FillAsync("800 000");
            await person.ClickAsync("Spara insatsen");
            await person.SeesAsync("Insatsen är sparad.");
            var saved = await system.Grants.GetEffortAsync(new GetEffortRequest { Name = effort.Name });
            Assert.Equal("Jobbcoacher Timrå", saved.DisplayName);
            await person.HeadingAsync(saved.DisplayName);
            Assert.Equal(saved.Owner, await Fact(page, "agare"));
            Assert.Equal(saved.TargetGroup, await Fact(page, "malgrupp"));
            Assert.Equal("1 januari 2027 – 31 december 2028", await Fact(page, "period"));
            Assert.Equal(
                [(2027, "2 st. Jobbcoacher", 120_000_000L), (2028, "1 st. Jobbcoach", 80_000_000L)],
                saved.CostLines.OrderBy(line => line.Year).Select(line => (line.Year, line.Description, line.AmountOre)));
            foreach (var line in saved.CostLines)
            {
                Assert.Contains(Kronor(line.AmountOre), await RowAsync(page, "Insatsens kostnadsrader", line.Year.ToString(CultureInfo.InvariantCulture)));
            }

            // A colleague changes it meanwhile: what the officer typed stays, and is saved over theirs knowingly.
            await system.Grants.UpdateEffortAsync(new UpdateEffortRequest
            {
                Effort = new Effort { Name = effort.Name, Description = "Kollegans beskrivning" },
                UpdateMask = new FieldMask { Paths = { "description" } },
            });
            await page.GetByLabel("Målgrupp").FillAsync("Unga vuxna 18-24 år");
            await person.ClickAsync("Spara insatsen");
            await person.SeesAsync("Någon annan har ändrat detta medan du arbetade.");
            Assert.Equal("Unga vuxna 18-24 år", await page.GetByLabel("Målgrupp").InputValueAsync());
            Assert.Equal("Unga vuxna 18-29 år", (await system.Grants.GetEffortAsync(new GetEffortRequest { Name = effort.Name })).TargetGroup);
            await person.LookAtAsync("insats-inaktuell");
            await person.ClickAsync("Spara mina ändringar över det senaste");
            await person.SeesAsync("Insatsen är sparad.");
            Assert.Equal("Unga vuxna 18-24 år", (await system.Grants.GetEffortAsync(new GetEffortRequest { Name = effort.Name })).TargetGroup);

            // Without the board's decision it cannot be granted, and the page says why.
            await person.ClickAsync("Flytta till beviljad");
            await person.SeesAsync("Skäl: Insatsen kan inte bli beviljad utan ett styrelsebeslut som beviljar den.");
            Assert.Equal(EffortStatus.Applied, (await system.Grants.GetEffortAsync(new GetEffortRequest { Name = effort.Name })).Status);

            // The board grants what was applied for 2027 and less for 2028.
            await page.GetByLabel("Beslutsdatum (ÅÅÅÅ-MM-DD)").FillAsync("2026-11-26");
            await page.GetByLabel("Diarienummer och paragraf").FillAsync("Dnr 2026/45 § 7");
            Assert.Equal(["2027", "2028"], await page.GetByLabel("Beviljat år", new() { Exact = true }).EvaluateAllAsync<string[]>("inputs => inputs.map(input => input.value)"));
            await page.GetByLabel("Beviljat belopp det året", new() { Exact = true }).Nth(1).FillAsync("750 000");
            await person.ClickAsync("Registrera beslutet");
            await person.SeesAsync("Beslutet är registrerat.");
            var decision = (await system.Grants.ListDecisionsAsync(new ListDecisionsRequest { Parent = parent, Effort = effort.Name })).Decisions.Single();
            Assert.Equal(("2026-11-26", "Dnr 2026/45 § 7"), (decision.DecidedOn, decision.ReferenceNumber));
            Assert.Equal([(2027, 120_000_000L), (2028, 75_000_000L)], decision.Granted.Select(granted => (granted.Year, granted.AmountOre)));
            var decisionRow = await RowAsync(page, "Styrelsebeslut om insatsen", "26 november 2026");
            Assert.Contains(decision.ReferenceNumber, decisionRow);
            Assert.Contains($"2027: {Kronor(120_000_000)}, 2028: {Kronor(75_000_000)}", decisionRow);

            await person.ClickAsync("Flytta till beviljad");
            await Expect(page.Locator("dd[data-fact=status]")).ToHaveTextAsync("Beviljad");
            Assert.Equal(EffortStatus.Granted, (await system.Grants.GetEffortAsync(new GetEffortRequest { Name = effort.Name })).Status);

            // Granted, its money counts in the budget as the board decided it.
            var costs = await system.Grants.GetEffortCostsAsync(new GetEffortCostsRequest { Parent = parent, FirstYear = 2027, LastYear = 2028 });
            foreach (var year in new[] { 2027, 2028 })
            {
                var decided = costs.Lines.Where(line => line.Effort == effort.Name && line.Year == year).Sum(line => line.AmountOre);
                var planned = saved.CostLines.Where(line => line.Year == year).Sum(line => line.AmountOre);
                var row = await RowAsync(page, "Budget och beslut per år", year.ToString(CultureInfo.InvariantCulture));
                Assert.Equal(Normal($"{year}\t{Kronor(planned)}\t{Kronor(decided)}\t{Kronor(decided - planned)}"), row);
            }
            Assert.Contains(Kronor(-5_000_000), await RowAsync(page, "Budget och beslut per år", "2028"));

            // Money reserved for 2027's efforts not yet named.
            await page.GetByLabel("Reservationsår").FillAsync("2027");
            await page.GetByLabel("Reserverat belopp").FillAsync("300 000");
            await person.ClickAsync("Spara reservationen");
            await person.SeesAsync("De reserverade medlen är sparade.");
            var reservation = (await system.Grants.ListReservationsAsync(new ListReservationsRequest { Parent = parent })).Reservations.Single();
            Assert.Equal(($"{parent}/reservations/2027", 30_000_000L, "Nya aktiviteter/insatser"), (reservation.Name, reservation.AmountOre, reservation.Label));
            Assert.Equal(Normal($"2027\t{reservation.Label}\t{Kronor(reservation.AmountOre)}"), await RowAsync(page, "Förbundets reserverade medel per år", "2027"));

            // Follow-up of both years; the second compared with the first.
            await FollowUpAsync(person, 2027, planned: 40, actual: 35, toWork: 10, toStudies: 5);
            await FollowUpAsync(person, 2028, planned: 40, actual: 42, toWork: 15, toStudies: 6);
            var comparison = await system.Grants.CompareFollowUpAsync(new CompareFollowUpRequest { Name = $"{effort.Name}/followUps/2028" });
            Assert.Equal((42, 7, 6), (comparison.ThisYear.ActualParticipants, comparison.ParticipantsChange, comparison.FinishedToWorkOrStudiesChange));
            var figures = comparison.ThisYear;
            Assert.Equal(
                Normal($"2028\t{figures.PlannedParticipants}\t{figures.ActualParticipants}\t+2\t{figures.FinishedToWork}\t{figures.FinishedToStudies}\t+{comparison.ParticipantsChange}\t+{comparison.FinishedToWorkOrStudiesChange}"),
                await RowAsync(page, FollowUpTable, "2028"));
            Assert.Equal(Normal("2027\t40\t35\t\u22125\t10\t5\t–\t–"), await RowAsync(page, FollowUpTable, "2027"));
            await person.LookAtAsync("insats-uppfoljd");

            // 2028's participants as the national follow-up counts them: a breakdown counting
            // more than its whole is named at once and refused by the service, nothing stored.
            await page.GetByLabel("Uppföljningsår").FillAsync("2028");
            await page.GetByLabel("Uppföljningsår").PressAsync("Tab");
            await Expect(page.GetByLabel("Utfall: antal deltagare")).ToHaveValueAsync("42");
            await page.GetByRole(AriaRole.Checkbox, new() { Name = "Ange deltagarnas antal för året" }).CheckAsync();
            await FillCountsAsync(page, ("Startade under året", 12), ("Pågående vid årets slut", 4), ("Avslutade under året", 8), ("Kvinnor", 7), ("Män", 6));
            await person.SeesAsync("Tillsammans 13, fler än de 12 som startade.");
            await person.ClickAsync("Spara uppföljningen");
            await person.SeesAsync("Rätta det som är markerat och försök igen.");
            Assert.Null((await system.Grants.CompareFollowUpAsync(new CompareFollowUpRequest { Name = $"{effort.Name}/followUps/2028" })).ThisYear.Participants);

            await FillCountsAsync(page, ("Män", 5), ("16–29 år", 3), ("30–49 år", 9), ("Sjukpenning", 6), ("Arbete", 3), ("Studier", 2), ("Annat", 1));
            await person.ClickAsync("Spara uppföljningen");
            await person.SeesAsync("Uppföljningen är sparad.");
            var counted = (await system.Grants.CompareFollowUpAsync(new CompareFollowUpRequest { Name = $"{effort.Name}/followUps/2028" })).ThisYear;
            Assert.Equal(
                new Participants { Started = 12, Ongoing = 4, Ended = 8, Women = 7, Men = 5, Aged16To29 = 3, Aged30To49 = 9, BeforeSicknessBenefit = 6, AfterWork = 3, AfterStudies = 2, AfterOther = 1 },
                counted.Participants);
            Assert.Equal((40, 42, 15, 6), (counted.PlannedParticipants, counted.ActualParticipants, counted.FinishedToWork, counted.FinishedToStudies));
            foreach (var (row, count) in new[] { ("Startade under året", "12"), ("Kvinnor", "7"), ("50–64 år", "0"), ("Arbete", "3") })
            {
                Assert.Equal(Normal($"{row}\t{count}"), await RowAsync(page, ParticipantsTable, row));
            }
            await person.LookAtAsync("insats-deltagare");

            // A reader sees the same figures, and no form to change them.
            var looker = await browser.SignInAsync(reader, WebPeople.Password);
            await looker.GotoAsync($"/forbund/{federationId}/insatser/jobbcoacher");
            await looker.HeadingAsync("Jobbcoacher Timrå");
            Assert.Equal(decisionRow, await RowAsync(looker.Page, "Styrelsebeslut om insatsen", "26 november 2026"));
            Assert.Equal(await RowAsync(page, FollowUpTable, "2028"), await RowAsync(looker.Page, FollowUpTable, "2028"));
            Assert.Equal(await RowAsync(page, ParticipantsTable, "Kvinnor"), await RowAsync(looker.Page, ParticipantsTable, "Kvinnor"));
            foreach (var button in new[] { "Spara insatsen", "Registrera beslutet", "Spara reservationen", "Spara uppföljningen", "Flytta till pågår" })
            {
                Assert.Equal(0, await looker.Page.GetByRole(AriaRole.Button, new() { Name = button }).CountAsync());
            }
            await looker.LookAtAsync("insats-lasare");
        });
    }

    private const string FollowUpTable = "Uppföljning per år: deltagare, planerat och utfall";

    private const string ParticipantsTable = "Deltagare per år enligt den nationella uppföljningen";

    // Counts typed by their labels, each left with Tab as a person moves on.
    private static async Task FillCountsAsync(IPage page, params (string Label, int Count)[] counts)
    {
        foreach (var (label, count) in counts)
        {
            var field = page.GetByLabel(label, new() { Exact = true });
            await field.FillAsync(count.ToString(CultureInfo.InvariantCulture));
            await field.PressAsync("Tab");
        }
    }

    private static async Task FollowUpAsync(PersonInBrowser person, int year, int planned, int actual, int toWork, int toStudies)
    {
        var page = person.Page;
        await page.GetByLabel("Uppföljningsår").FillAsync(year.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Uppföljningsår").PressAsync("Tab");
        // A year not yet followed up offers an empty form; type only once it has.
        await Expect(page.GetByLabel("Utfall: antal deltagare")).ToHaveValueAsync("0");
        await page.GetByLabel("Planerat antal deltagare").FillAsync(planned.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Utfall: antal deltagare").FillAsync(actual.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Avslutade till arbete").FillAsync(toWork.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Avslutade till studier").FillAsync(toStudies.ToString(CultureInfo.InvariantCulture));
        await person.ClickAsync("Spara uppföljningen");
        await page.GetByRole(AriaRole.Table, new() { Name = FollowUpTable })
            .GetByRole(AriaRole.Rowheader, new() { Name = year.ToString(CultureInfo.InvariantCulture), Exact = true }).WaitForAsync();
    }

    // A fact about the effort as the page states it.
    private static async Task<string> Fact(IPage page, string fact) => (await page.Locator($"dd[data-fact={fact}]").InnerTextAsync()).Trim();

    // A table's row by its row header, as its cells read, tab between them.
    private static async Task<string> RowAsync(IPage page, string table, string rowHeader)
    {
        var row = page.GetByRole(AriaRole.Table, new() { Name = table }).GetByRole(AriaRole.Row)
            .Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = rowHeader, Exact = true }) });
        var cells = await row.Locator("th, td").AllInnerTextsAsync();
        return Normal(string.Join('\t', cells.Select(cell => cell.Trim())));
    }

    // Spaces of every kind as one, so a test compares words, not typography.
    private static string Normal(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');

    // As the federations write amounts: whole kronor, thousands apart, the minus as the app writes it.
    private static string Kronor(long ore) => Normal($"{(ore / 100).ToString("N0", Swedish)} kr");
}
