using System.Globalization;
using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Identity.V1;
using Finsam.SystemTests.Budget;
using Finsam.SystemTests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Finsam.SystemTests.Web;

// The regional body in the browser: a regional administrator compares the federations'
// budgets for a year, as a table sorted by any column and as a chart, each row what the budget
// service's roll-up says and a budget that cannot be computed named with the reason; and
// shares the state's money with the national model, with and without the brake, each amount
// what funding's model says. An officer of one federation is offered neither and refused
// both, in the browser and by the services.
[Collection(WebSystemCollection.Name)]
public sealed class RegionalInTheBrowserTests(WebSystem system)
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    [Fact]
    public async Task A_regional_administrator_sees_the_roll_up_of_several_federations_as_table_and_chart()
    {
        var first = await SundsvallBudget.SetUpAsync(system);
        var second = await SundsvallBudget.SetUpAsync(system);
        await RenameAsync(first, "Samordningsförbundet Alfa");
        await RenameAsync(second, "Samordningsförbundet Beta");
        // The second earns interest: the same contributions, a better result.
        await system.Funding.CreateOtherIncomeAsync(new CreateOtherIncomeRequest
        {
            Parent = $"federations/{second}",
            OtherIncome = new OtherIncome { Year = 2022, Kind = OtherIncomeKind.Interest, AmountOre = 2_500_000 },
        });
        var withoutIncome = Federations.NewId("utan");
        await system.Funding.CreateFederationAsync(new CreateFederationRequest { FederationId = withoutIncome, Federation = Federations.Sundsvall() });
        await RenameAsync(withoutIncome, "Samordningsförbundet Gamma");
        await system.Budget.CreateBudgetAsync(new CreateBudgetRequest
        {
            Parent = $"federations/{withoutIncome}",
            Budget = new Finsam.Contracts.Budget.V1.Budget { FirstYear = 2022, PlanYears = 1 },
        });
        var region = await WebPeople.NewAsync(system, "region", Role.RegionalAdministrator, "");
        await using var browser = await OfficerBrowser.StartAsync(system.WebApp);

        await browser.RunAsync("budgetar", async () =>
        {
            var person = await browser.SignInAsync(region, WebPeople.Password);
            await person.Page.GetByRole(AriaRole.Navigation, new() { Name = "Regionen" }).GetByRole(AriaRole.Link, new() { Name = "Förbundens budgetar" }).ClickAsync();
            await person.HeadingAsync("Förbundens budgetar");
            await person.Page.GetByLabel("Budgetår", new() { Exact = true }).FillAsync("2022");
            await person.ClickAsync("Visa sammanställningen");
            await person.Page.GetByRole(AriaRole.Heading, new() { Name = "Budgetarna för 2022" }).WaitForAsync();
            Assert.Contains("ar=2022", person.Page.Url, StringComparison.Ordinal);
            await Row(person, first).WaitForAsync();

            // Every row the page shows is the roll-up's, figure for figure (other tests' budgets of
            // 2022 stand in it too).
            var rollUp = await system.Budget.RollUpAsync(new RollUpRequest { Year = 2022 });
            await Expect(person.Page.Locator("tr.federation-row")).ToHaveCountAsync(rollUp.Federations.Count);
            foreach (var federation in new[] { first, second })
            {
                var figures = rollUp.Federations.Single(row => row.Budget == $"federations/{federation}/budgets/2022");
                Assert.Equal("", figures.Problem);
                Assert.Equal(
                    [Kronor(figures.ContributionsOre), Kronor(figures.CostsOre), Kronor(figures.ResultOre), Kronor(figures.EquityOre),
                        Share(figures.EquityShareBasisPoints), Share(figures.IndividualShareBasisPoints), figures.GoalsNotMet.ToString(Swedish)],
                    (await Row(person, federation).Locator("td").AllInnerTextsAsync()).Skip(1).Select(Plain));
            }
            Assert.Equal(Plain("Samordningsförbundet Alfa"), Plain(await Row(person, first).Locator("th").InnerTextAsync()));
            // Each name leads to that federation's budget of the year.
            await Expect(Row(person, first).GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", $"/forbund/{first}/budget?ar=2022");
            Assert.True(rollUp.Federations.Single(row => row.Budget == $"federations/{second}/budgets/2022").ResultOre
                > rollUp.Federations.Single(row => row.Budget == $"federations/{first}/budgets/2022").ResultOre);
            var problem = rollUp.Federations.Single(row => row.Budget == $"federations/{withoutIncome}/budgets/2022").Problem;
            Assert.NotEqual("", problem);
            var problemRow = await Row(person, withoutIncome).InnerTextAsync();
            Assert.Contains("Samordningsförbundet Gamma", problemRow);
            Assert.Contains("Budgeten kan inte beräknas", problemRow);
            Assert.Contains(problem, problemRow);
            var sums = (await person.Page.Locator(".roll-up tfoot td").AllInnerTextsAsync()).Select(Plain).ToList();
            Assert.Equal([Kronor(rollUp.ContributionsOre), Kronor(rollUp.CostsOre), Kronor(rollUp.ResultOre), Kronor(rollUp.EquityOre)], sums.Skip(1).Take(4));
            await person.LookAtAsync("budgetar-2022");

            // Sorted by the result, largest first: every computed budget in that order, the one
            // that cannot be computed after them.
            await person.ClickAsync("Resultat");
            await Expect(person.Page.Locator(".roll-up th[aria-sort]")).ToHaveAttributeAsync("aria-sort", "descending");
            await Expect(person.Page.Locator(".roll-up th[aria-sort]")).ToContainTextAsync("Resultat");
            var order = await ShownOrderAsync(person);
            var results = order.Select(id => rollUp.Federations.Single(row => row.Budget == $"federations/{id}/budgets/2022")).ToList();
            var computed = results.TakeWhile(row => row.Problem.Length == 0).ToList();
            Assert.Equal(computed.OrderByDescending(row => row.ResultOre).Select(row => row.ResultOre), computed.Select(row => row.ResultOre));
            Assert.All(results.Skip(computed.Count), row => Assert.NotEqual("", row.Problem));
            Assert.True(order.IndexOf(second) < order.IndexOf(first));
            Assert.True(order.IndexOf(withoutIncome) >= computed.Count);

            // Again: smallest first.
            await person.ClickAsync("Resultat");
            await Expect(person.Page.Locator(".roll-up th[aria-sort]")).ToHaveAttributeAsync("aria-sort", "ascending");
            order = await ShownOrderAsync(person);
            Assert.True(order.IndexOf(first) < order.IndexOf(second));

            // The table as a file: its rows in the order shown, the figures as numbers, the sum last.
            var sheet = DownloadedSheets.Rows(await DownloadedSheets.DownloadAsync(person, "Ladda ner förbundens budgetar 2022 som Excel"), "Förbundens budgetar 2022");
            Assert.Equal(["Förbund", "Budgetens läge", "Medlemsbidrag", "Kostnader", "Resultat", "Eget kapital"], sheet[0].Take(6));
            Assert.Equal(rollUp.Federations.Count + 2, sheet.Count);
            var names = sheet.Select(row => row[0]).ToList();
            Assert.True(names.IndexOf("Samordningsförbundet Alfa") < names.IndexOf("Samordningsförbundet Beta"));
            var alfa = rollUp.Federations.Single(row => row.Budget == $"federations/{first}/budgets/2022");
            Assert.Equal(
                [DownloadedSheets.Kronor(alfa.ContributionsOre), DownloadedSheets.Kronor(alfa.CostsOre), DownloadedSheets.Kronor(alfa.ResultOre), DownloadedSheets.Kronor(alfa.EquityOre),
                    DownloadedSheets.Share(alfa.EquityShareBasisPoints), DownloadedSheets.Share(alfa.IndividualShareBasisPoints), alfa.GoalsNotMet.ToString(CultureInfo.InvariantCulture)],
                sheet.Single(row => row[0] == "Samordningsförbundet Alfa").Skip(2));
            Assert.Contains(problem, sheet.Single(row => row[0] == "Samordningsförbundet Gamma")[1], StringComparison.Ordinal);
            Assert.Equal(["Summa", "", DownloadedSheets.Kronor(rollUp.ContributionsOre), DownloadedSheets.Kronor(rollUp.CostsOre), DownloadedSheets.Kronor(rollUp.ResultOre), DownloadedSheets.Kronor(rollUp.EquityOre)], sheet[^1]);

            // The chart: bars for the computed budgets, described for those who cannot see it.
            var chart = person.Page.Locator("figure.chart-figure");
            await Expect(chart.Locator("div[role=img]")).ToHaveAttributeAsync("aria-label", "Stapeldiagram: Medlemsbidrag och kostnader per förbund 2022, i tkr. Siffrorna står i tabellen ovan.");
            await Expect(chart.Locator("svg").First).ToBeVisibleAsync();
            Assert.True(await chart.Locator("svg path, svg rect").CountAsync() >= rollUp.Federations.Count(row => row.Problem.Length == 0));
            await person.Page.GetByLabel("Visa i diagrammet").SelectOptionAsync(new SelectOptionValue { Label = "Resultat" });
            await Expect(chart.Locator("figcaption")).ToContainTextAsync("Resultat per förbund 2022");
            await person.LookAtAsync("budgetar-2022-sorterade");
        });
    }

    [Fact]
    public async Task An_officer_of_one_federation_is_offered_neither_page_and_refused_both()
    {
        var federationId = Federations.NewId("webb");
        await system.Funding.CreateFederationAsync(new CreateFederationRequest { FederationId = federationId, Federation = Federations.Sundsvall() });
        var officer = await WebPeople.NewAsync(system, "officer", Role.Editor, federationId);
        await using var browser = await OfficerBrowser.StartAsync(system.WebApp);

        await browser.RunAsync("inte-regionen", async () =>
        {
            var person = await browser.SignInAsync(officer, WebPeople.Password);
            Assert.Equal(0, await person.Page.GetByRole(AriaRole.Navigation, new() { Name = "Regionen" }).CountAsync());
            Assert.Equal(0, await person.Page.GetByRole(AriaRole.Link, new() { Name = "Förbundens budgetar" }).CountAsync());

            await person.GotoAsync("/region/budgetar?ar=2022");
            await person.HeadingAsync("Förbundens budgetar");
            await person.SeesAsync("Sammanställningen av förbundens budgetar är bara för regionala administratörer.");
            Assert.Equal(0, await person.Page.Locator("table").CountAsync());
            Assert.Equal(0, await person.Page.Locator("figure").CountAsync());
            await person.LookAtAsync("budgetar-nekad");
            // Nor can the officer take the roll-up as a file: the service refuses the download too.
            Assert.Equal(403, (await person.Page.APIRequest.GetAsync(new Uri(system.WebApp, "/tabeller/forbundens-budgetar/xlsx?ar=2022").ToString())).Status);

            await person.GotoAsync("/region/fordelning");
            await person.HeadingAsync("Fördelning av statens medel");
            await person.SeesAsync("Fördelningsmodellen är bara för regionala administratörer.");
            Assert.Equal(0, await person.Page.GetByRole(AriaRole.Button, new() { Name = "Beräkna fördelningen" }).CountAsync());
            await person.LookAtAsync("fordelning-nekad");
        });

        // The services refuse the officer's own token, whatever a page shows.
        var token = await Tokens.PersonAsync(system.GatewayHttp, system.WebApp, officer, WebPeople.Password);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await system.BudgetAs(token).RollUpAsync(new RollUpRequest { Year = 2022 }));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await system.FundingAs(token).DistributeStateAllocationAsync(new DistributeStateAllocationRequest
        {
            NationalTotalOre = 100_000_000,
            Federations = { new FederationMeasures { Federation = $"federations/{federationId}", Population1664 = 1_000, SupportMeasure = 100 } },
        }));
    }

    [Fact]
    public async Task The_distribution_page_shares_the_national_total_as_the_model_does_with_and_without_the_brake()
    {
        // Three federations; two had money from the state in 2026, the first so much that the
        // brake holds it up.
        var measures = new (string Name, long Population, long Support, long LastYearOre)[]
        {
            ("Samordningsförbundet Norr", 40_000, 900, 900_000_000),
            ("Samordningsförbundet Mitt", 90_000, 3_000, 600_000_000),
            ("Samordningsförbundet Syd", 150_000, 4_500, 0),
        };
        var ids = new List<string>();
        foreach (var (name, _, _, lastYearOre) in measures)
        {
            var id = Federations.NewId("fordelning");
            var federation = Federations.Sundsvall();
            federation.DisplayName = $"{name} {id[^6..]}";
            await system.Funding.CreateFederationAsync(new CreateFederationRequest { FederationId = id, Federation = federation });
            if (lastYearOre > 0)
            {
                await system.Funding.CreateAllocationAsync(new CreateAllocationRequest
                {
                    Parent = $"federations/{id}",
                    Allocation = new Allocation { Year = 2026, StateAmountOre = lastYearOre, Status = AllocationStatus.Decided },
                });
            }
            ids.Add(id);
        }
        var names = ids.Select((id, i) => $"{measures[i].Name} {id[^6..]}").ToList();
        var region = await WebPeople.NewAsync(system, "region", Role.RegionalAdministrator, "");
        await using var browser = await OfficerBrowser.StartAsync(system.WebApp);

        await browser.RunAsync("fordelning", async () =>
        {
            var person = await browser.SignInAsync(region, WebPeople.Password);
            await person.Page.GetByRole(AriaRole.Navigation, new() { Name = "Regionen" }).GetByRole(AriaRole.Link, new() { Name = "Statens fördelning" }).ClickAsync();
            await person.HeadingAsync("Fördelning av statens medel");
            var page = person.Page;
            await page.GetByLabel("Fördelningsår").FillAsync("2027");
            await page.GetByLabel("Fördelningsår").PressAsync("Tab");
            await page.GetByLabel("Statens medel att fördela").FillAsync("30 000 000");
            await page.GetByLabel("Andel av resten efter försörjningsmått").FillAsync("70");
            await page.GetByLabel("Bromsen: största minskning från förra året").FillAsync("5");
            for (var i = 0; i < ids.Count; i++)
            {
                await page.GetByLabel("Förbund att lägga till").SelectOptionAsync(new SelectOptionValue { Label = names[i] });
                await person.ClickAsync("Lägg till förbundet");
                await page.GetByLabel($"Befolkning 16–64 år, {names[i]}").FillAsync(measures[i].Population.ToString(CultureInfo.InvariantCulture));
                await page.GetByLabel($"Försörjningsmått, {names[i]}").FillAsync(measures[i].Support.ToString(CultureInfo.InvariantCulture));
                // Last year's amount, as funding holds it (nothing where there was none).
                Assert.Equal(measures[i].LastYearOre == 0 ? "0" : Plain(Kronor(measures[i].LastYearOre)).Replace(" kr", ""),
                    Plain(await page.GetByLabel($"Tilldelning 2026, {names[i]}").InputValueAsync()));
            }
            await person.LookAtAsync("fordelning-indata");
            await person.ClickAsync("Beräkna fördelningen");
            await page.GetByRole(AriaRole.Heading, new() { Name = "Fördelningen" }).WaitForAsync();

            var request = new DistributeStateAllocationRequest { NationalTotalOre = 3_000_000_000, BaseAmountOre = 40_000_000, SupportShareBasisPoints = 7_000 };
            request.Federations.AddRange(ids.Select((id, i) => new FederationMeasures
            {
                Federation = $"federations/{id}",
                Population1664 = measures[i].Population,
                SupportMeasure = measures[i].Support,
                LastYearOre = measures[i].LastYearOre,
            }));
            var unbraked = await system.Funding.DistributeStateAllocationAsync(request);
            var brakedRequest = request.Clone();
            brakedRequest.MaxFallBasisPoints = 500;
            var braked = await system.Funding.DistributeStateAllocationAsync(brakedRequest);
            // The brake changes something here, or the page's two columns would prove nothing.
            Assert.NotEqual(unbraked.Shares[0].AmountOre, braked.Shares[0].AmountOre);

            for (var i = 0; i < ids.Count; i++)
            {
                var row = page.Locator($"tr.share-row[data-federation='federations/{ids[i]}']");
                Assert.Equal(Plain(names[i]), Plain(await row.Locator("th").InnerTextAsync()));
                Assert.Equal(
                    [Kronor(unbraked.Shares[i].AmountOre), Change(unbraked.Shares[i].ChangeFromLastYearOre), Kronor(braked.Shares[i].AmountOre), Change(braked.Shares[i].ChangeFromLastYearOre)],
                    (await row.Locator("td").AllInnerTextsAsync()).Select(Plain));
            }
            var sums = (await page.Locator(".distribution tfoot td").AllInnerTextsAsync()).Select(Plain).ToList();
            Assert.Equal(Kronor(3_000_000_000), sums[0]);
            Assert.Equal(Kronor(braked.TotalOre), sums[2]);

            // The distribution as a file, figure for figure as the model computed it.
            var sheet = DownloadedSheets.Rows(await DownloadedSheets.DownloadAsync(person, "Ladda ner fördelningen 2027 som Excel"), "Fördelning 2027");
            Assert.Equal(["Förbund", "Belopp utan broms", "Förändring från 2026 utan broms", "Belopp med broms", "Förändring från 2026 med broms"], sheet[0]);
            for (var i = 0; i < ids.Count; i++)
            {
                Assert.Equal(
                    [names[i], DownloadedSheets.Kronor(unbraked.Shares[i].AmountOre), DownloadedSheets.Kronor(unbraked.Shares[i].ChangeFromLastYearOre),
                        DownloadedSheets.Kronor(braked.Shares[i].AmountOre), DownloadedSheets.Kronor(braked.Shares[i].ChangeFromLastYearOre)],
                    sheet[i + 1]);
            }
            Assert.Equal(["Summa", DownloadedSheets.Kronor(3_000_000_000), DownloadedSheets.Kronor(unbraked.Shares.Sum(share => share.ChangeFromLastYearOre)),
                DownloadedSheets.Kronor(braked.TotalOre), DownloadedSheets.Kronor(braked.Shares.Sum(share => share.ChangeFromLastYearOre))], sheet[^1]);
            await person.LookAtAsync("fordelning");
        });
    }

    private async Task RenameAsync(string federationId, string displayName)
    {
        var federation = await system.Funding.GetFederationAsync(new GetFederationRequest { Name = $"federations/{federationId}" });
        federation.DisplayName = displayName;
        await system.Funding.UpdateFederationAsync(new UpdateFederationRequest { Federation = federation, UpdateMask = new FieldMask { Paths = { "display_name" } } });
    }

    private static ILocator Row(PersonInBrowser person, string federationId) => person.Page.Locator($"tr.federation-row[data-federation='{federationId}']");

    private static async Task<List<string>> ShownOrderAsync(PersonInBrowser person) =>
    [
        .. (await person.Page.Locator("tr.federation-row").EvaluateAllAsync<string[]>("rows => rows.map(row => row.dataset.federation)")),
    ];

    // Amounts and shares as the page writes them.
    private static string Kronor(long ore) => Plain(ore % 100 == 0
        ? $"{(ore / 100).ToString("N0", Swedish)} kr"
        : $"{(ore / 100m).ToString("N2", Swedish)} kr");

    private static string Change(long ore) => ore > 0 ? "+" + Kronor(ore) : Kronor(ore);

    private static string Share(int basisPoints) => Plain($"{(basisPoints / 100m).ToString("0.##", Swedish)} %");

    // Spaces of every width as one kind, so a figure compares as read.
    private static string Plain(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ').Trim();
}
