using System.Globalization;
using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Identity.V1;
using Finsam.SystemTests.Infrastructure;
using Microsoft.Playwright;
using BudgetMessage = Finsam.Contracts.Budget.V1.Budget;

namespace Finsam.SystemTests.Web;

// An officer sets the board's financial goals in the browser and sees them judged against the
// year's budget as they type (nothing is saved until "Spara målen"), then compares a scenario
// beside the budget. What the page shows is what the budget service computes.
[Collection(WebSystemCollection.Name)]
public sealed class GoalsInTheBrowserTests(WebSystem system)
{
    private const int Year = 2027;
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    [Fact]
    public async Task An_officer_sees_the_goals_judged_as_they_type_saves_them_and_compares_a_scenario()
    {
        const string federationName = "Samordningsförbundet Målsjö";
        var federationId = Federations.NewId("malsjo");
        var name = $"federations/{federationId}/budgets/{Year}";
        var goalsName = $"federations/{federationId}/financialGoals";
        await FederationWithBudgetAsync(federationId, federationName);
        var officer = await WebPeople.NewAsync(system, "ekonom", Role.Editor, federationId);
        var reader = await WebPeople.NewAsync(system, "lasare", Role.Reader, federationId);
        var budget = await system.Budget.GetBudgetAsync(new GetBudgetRequest { Name = name });

        await using var browser = await OfficerBrowser.StartAsync(system.WebApp);
        await browser.RunAsync("mal", async () =>
        {
            var editor = await OpenGoalsAsync(browser, officer, federationName);
            await editor.SeesAsync("Förbundet har inga finansiella mål registrerade.");

            // Equity at most 20 % of the contributions: judged against the stored budget before anything is saved.
            await editor.Page.GetByLabel("Eget kapital högst (procent av medlemsbidragen)").FillAsync("20");
            var typed = new FinancialGoals { Name = goalsName, MaxEquityShareBasisPoints = 2_000 };
            await ShowsGoalsAsync(editor, await DraftGoalsAsync(budget, typed));
            await editor.SeesAsync("Bedömt med målen i formuläret, inte sparat.");

            // A cap on the administration, its group chosen among the budget's by label, the share with a decimal comma.
            await editor.ClickAsync("Lägg till tak");
            await editor.Page.GetByLabel("Tak 1: målet som det är skrivet").FillAsync("Förbundets administration");
            await editor.Page.GetByRole(AriaRole.Checkbox, new() { Name = "Förbundets administration", Exact = true }).CheckAsync();
            await editor.Page.GetByLabel("Tak 1: högst (procent)").FillAsync("12,5");
            typed.GroupShareCaps.Add(new GroupShareCap { Label = "Förbundets administration", Groups = { "administration" }, MaxBasisPoints = 1_250 });
            var draftGoals = await DraftGoalsAsync(budget, typed);
            Assert.Contains(draftGoals, goal => goal.Goal == "group_share_cap");
            await ShowsGoalsAsync(editor, draftGoals);

            // Nothing is stored while the officer types.
            Assert.Equal(new FinancialGoals { Name = goalsName }, await system.Budget.GetFinancialGoalsAsync(new GetFinancialGoalsRequest { Name = goalsName }));
            await editor.LookAtAsync("mal-utkast");

            // Saved deliberately: the goals are what was entered, and their judgement is what the page shows.
            await editor.ClickAsync("Spara målen");
            await editor.SeesAsync("Målen är sparade.");
            Assert.Equal(typed, await system.Budget.GetFinancialGoalsAsync(new GetFinancialGoalsRequest { Name = goalsName }));
            var computed = (await system.Budget.ComputeBudgetAsync(new ComputeBudgetRequest { Name = name })).Goals;
            Assert.Equal<GoalReport>(draftGoals, computed);
            await ShowsGoalsAsync(editor, computed);
            await editor.LookAtAsync("mal-sparade");

            // A reader sees the same goals and judgement, and nothing to press or type in.
            var looker = await OpenGoalsAsync(browser, reader, federationName);
            await ShowsGoalsAsync(looker, computed);
            Assert.Equal("20", await looker.Page.GetByLabel("Eget kapital högst (procent av medlemsbidragen)").InputValueAsync());
            Assert.False(await looker.Page.GetByLabel("Eget kapital högst (procent av medlemsbidragen)").IsEditableAsync());
            Assert.Equal(0, await looker.Page.GetByRole(AriaRole.Button, new() { Name = "Spara målen" }).CountAsync());
            await looker.LookAtAsync("mal-lasare");
        });

        await browser.RunAsync("scenario", async () =>
        {
            var report = await system.Budget.ComputeBudgetAsync(new ComputeBudgetRequest { Name = name });
            var incomeRow = report.Years.Single(year => year.Year == Year && !year.Forecast).Income.First().Label;

            // From the budget page to its scenarios.
            var editor = await browser.SignInAsync(officer, WebPeople.Password);
            await editor.ClickAsync(federationName);
            await editor.HeadingAsync(federationName);
            await editor.ClickAsync("Budget");
            await editor.HeadingAsync("Budget");
            await editor.Page.GetByLabel("Budgetens första år").FillAsync(Year.ToString(CultureInfo.InvariantCulture));
            await editor.ClickAsync("Visa budgeten");
            await editor.ClickAsync("Scenarier bredvid budgeten");
            await editor.HeadingAsync("Scenarier");
            await editor.Page.GetByRole(AriaRole.Heading, new() { Name = $"Scenario för budget {Year}", Exact = true }).WaitForAsync();

            // Less income from one row, more cost in the administration.
            await editor.Page.GetByLabel("Scenariots namn").FillAsync("Lägre tilldelning");
            await editor.ClickAsync("Lägg till ändring");
            await editor.Page.GetByLabel("Ändring 1: vad ändras").SelectOptionAsync(new SelectOptionValue { Label = "En intäkt" });
            await editor.Page.GetByLabel("Ändring 1: intäkt").SelectOptionAsync(new SelectOptionValue { Label = incomeRow });
            await editor.Page.GetByLabel("Ändring 1: belopp (minus för mindre)").FillAsync("-100 000");
            await editor.Page.Keyboard.PressAsync("Tab");
            await editor.ClickAsync("Lägg till ändring");
            await editor.Page.GetByLabel("Ändring 2: vad ändras").SelectOptionAsync(new SelectOptionValue { Label = "En kostnadsgrupp" });
            await editor.Page.GetByLabel("Ändring 2: kostnadsgrupp").SelectOptionAsync(new SelectOptionValue { Label = "Förbundets administration" });
            await editor.Page.GetByLabel("Ändring 2: belopp (minus för mindre)").FillAsync("50 000");
            await editor.Page.Keyboard.PressAsync("Tab");
            await editor.ClickAsync("Jämför");

            var comparison = await system.Budget.CompareScenarioAsync(new CompareScenarioRequest
            {
                Name = name,
                DisplayName = "Lägre tilldelning",
                Changes =
                {
                    new ScenarioChange { Target = ScenarioTarget.Income, Key = incomeRow, Year = Year, DeltaOre = -10_000_000 },
                    new ScenarioChange { Target = ScenarioTarget.CostGroup, Key = "administration", Year = Year, DeltaOre = 5_000_000 },
                },
            });
            var difference = comparison.Differences.Single(d => d.Year == Year);
            Assert.Equal((-10_000_000L, 5_000_000L, -15_000_000L), (difference.IncomeOre, difference.CostsOre, difference.ResultOre));
            var baseYear = comparison.Base.Years.Single(year => year.Year == Year && !year.Forecast);
            var variantYear = comparison.Variant.Years.Single(year => year.Year == Year && !year.Forecast);
            var table = editor.Page.GetByRole(AriaRole.Table, new() { Name = $"Jämförelse {Year}" });
            await table.WaitForAsync();
            foreach (var (label, baseOre, variantOre, differenceOre) in new[]
            {
                ("Summa intäkter", baseYear.IncomeOre, variantYear.IncomeOre, difference.IncomeOre),
                ("Summa kostnader", baseYear.CostsOre, variantYear.CostsOre, difference.CostsOre),
                ("Årets resultat", baseYear.ResultOre, variantYear.ResultOre, difference.ResultOre),
                ("Eget kapital vid årets slut", baseYear.EquityOre, variantYear.EquityOre, difference.EquityOre),
            })
            {
                var cells = table.GetByRole(AriaRole.Row).Filter(new() { Has = editor.Page.GetByRole(AriaRole.Rowheader, new() { Name = label, Exact = true }) })
                    .GetByRole(AriaRole.Cell);
                Assert.Equal([Kronor(baseOre), Kronor(variantOre), Kronor(differenceOre)], await cells.AllInnerTextsAsync());
            }

            // Nothing is stored: the budget is as it was.
            Assert.Equal(report, await system.Budget.ComputeBudgetAsync(new ComputeBudgetRequest { Name = name }));
            await editor.LookAtAsync("scenario-jamfort");
        });
    }

    // A person signs in and opens the federation's goals, judged against the year's budget.
    private static async Task<PersonInBrowser> OpenGoalsAsync(OfficerBrowser browser, string username, string federationName)
    {
        var person = await browser.SignInAsync(username, WebPeople.Password);
        await person.ClickAsync(federationName);
        await person.HeadingAsync(federationName);
        await person.ClickAsync("Finansiella mål");
        await person.HeadingAsync("Finansiella mål");
        await person.Page.GetByLabel("Bedöm mot budgeten för").FillAsync(Year.ToString(CultureInfo.InvariantCulture));
        await person.ClickAsync("Visa bedömningen");
        await person.Page.GetByRole(AriaRole.Heading, new() { Name = $"Bedömning mot budgeten för {Year}", Exact = true }).WaitForAsync();
        return person;
    }

    private async Task<IReadOnlyList<GoalReport>> DraftGoalsAsync(BudgetMessage budget, FinancialGoals goals) =>
        (await system.Budget.ComputeBudgetDraftAsync(new ComputeBudgetDraftRequest { Budget = budget, FinancialGoals = goals })).Goals;

    // The goals' table shows each goal, in the report's order, with its judgement and figures.
    private static async Task ShowsGoalsAsync(PersonInBrowser person, IReadOnlyList<GoalReport> goals)
    {
        Assert.NotEmpty(goals);
        var rows = person.Page.GetByRole(AriaRole.Table, new() { Name = "De finansiella målen per år" })
            .GetByRole(AriaRole.Row).Filter(new() { Has = person.Page.GetByRole(AriaRole.Rowheader) });
        var expected = goals.Select(goal => (goal.Year.ToString(CultureInfo.InvariantCulture), Status(goal.Status), Figures(goal))).ToList();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        List<(string, string, string)> shown = [];
        while (DateTime.UtcNow < deadline)
        {
            shown = [];
            foreach (var row in await rows.AllAsync())
            {
                var cells = await row.GetByRole(AriaRole.Cell).AllInnerTextsAsync();
                shown.Add((cells[0].Trim(), cells[1].Trim(), cells[2].Trim()));
            }
            if (shown.SequenceEqual(expected))
            {
                return;
            }
            await Task.Delay(200);
        }
        Assert.Fail($"The page shows the goals [{string.Join("; ", shown)}], not [{string.Join("; ", expected)}].");
    }

    private static string Status(GoalStatus status) => status switch
    {
        GoalStatus.Met => "Uppfyllt",
        GoalStatus.NotMet => "Inte uppfyllt",
        _ => "Inte bedömt",
    };

    private static string Figures(GoalReport goal) => goal.Status == GoalStatus.NotEvaluated
        ? ""
        : goal.ActualBasisPoints != 0
            ? $"{(goal.ActualBasisPoints / 100m).ToString("0.##", Swedish)} % ({Kronor(goal.ActualOre)}; gräns {Kronor(goal.LimitOre)})"
            : $"{Kronor(goal.ActualOre)} (gräns {Kronor(goal.LimitOre)})";

    // A federation with its members and the state's allocation, and a one-year budget with
    // lines, set up through the API; no goals yet.
    private async Task FederationWithBudgetAsync(string federationId, string federationName)
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
                    new Member { MemberId = "region-malland", Kind = MemberKind.Region, DisplayName = "Region Målland", Population = 90_000 },
                    new Member { MemberId = "malsjo", Kind = MemberKind.Municipality, DisplayName = "Målsjö kommun", Population = 30_000 },
                },
            },
        });
        await system.Funding.CreateAllocationAsync(new CreateAllocationRequest
        {
            Parent = parent,
            Allocation = new Allocation { Year = Year, StateAmountOre = 150_000_000, Status = AllocationStatus.Decided },
        });
        await system.Budget.CreateBudgetAsync(new CreateBudgetRequest
        {
            Parent = parent,
            Budget = new BudgetMessage
            {
                FirstYear = Year,
                PlanYears = 1,
                OpeningEquityOre = 40_000_000,
                CostGroups =
                {
                    new CostGroupInput
                    {
                        Key = "board", Label = "Styrelsen", Kind = CostGroupKind.Board,
                        Lines = { new BudgetLine { Label = "Styrelsearvoden", Year = Year, AmountOre = 15_000_000 } },
                    },
                    new CostGroupInput
                    {
                        Key = "administration", Label = "Förbundets administration", Kind = CostGroupKind.Administration,
                        Lines = { new BudgetLine { Label = "Förbundschef", Year = Year, AmountOre = 70_000_000 } },
                    },
                    new CostGroupInput
                    {
                        Key = "insatser", Label = "Insatser", Kind = CostGroupKind.Other,
                        Lines = { new BudgetLine { Label = "Arbetsträning", Year = Year, AmountOre = 120_000_000 } },
                    },
                },
            },
        });
    }

    // As the page writes amounts: kronor, thousands apart, öre only where there are any.
    private static string Kronor(long ore) => ore % 100 == 0
        ? $"{(ore / 100).ToString("N0", Swedish)} kr"
        : $"{(ore / 100m).ToString("N2", Swedish)} kr";
}
