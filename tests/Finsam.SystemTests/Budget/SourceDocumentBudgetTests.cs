using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.SourceDocuments;
using Finsam.SystemTests.Infrastructure;

namespace Finsam.SystemTests.Budget;

// Norrvik's and Gotland's plans (docs/federations/), entered through the gateway as their officers
// would (NorrvikBudget, GotlandBudget): every figure of the plans' tables comes back, to the krona,
// from the budget report, from funding's contributions and from grants' effort costs. What is
// expected is read from the plans, never retyped.
[Collection(SystemCollection.Name)]
public sealed class SourceDocumentBudgetTests(FinsamSystem system)
{
    // The result budget's rows as both plans print them: costs negative, whatever the budget table does.
    private static readonly Dictionary<string, Func<YearReport, long>> ResultBudgetRows = new(StringComparer.Ordinal)
    {
        ["Verksamhetens intäkter"] = year => year.OperatingIncomeOre,
        ["Verksamhetens kostnader"] = year => -year.OperatingCostsOre,
        ["Avskrivningar"] = year => -year.DepreciationOre,
        ["Verksamhetens nettokostnader"] = year => year.NetOperatingCostOre,
        ["Finansiella intäkter"] = year => year.FinancialIncomeOre,
        ["Finansiella kostnader"] = year => -year.FinancialCostsOre,
        ["Årets resultat"] = year => year.ResultOre,
    };

    // The balance budget's rows; a row of text ("Ansvarsförbindelser: Inga") holds no figure.
    private static readonly Dictionary<string, Func<YearReport, long>?> BalanceBudgetRows = new(StringComparer.Ordinal)
    {
        ["Anläggningstillgångar"] = year => year.FixedAssetsOre,
        ["Omsättningstillgångar"] = year => year.CurrentAssetsOre,
        ["Summa tillgångar"] = year => year.TotalAssetsOre,
        ["Balanserat eget kapital"] = year => year.OpeningEquityOre,
        ["Årets resultat"] = year => year.ResultOre,
        ["Summa eget kapital"] = year => year.EquityOre,
        ["Avsättningar"] = year => year.ProvisionsOre,
        ["Kortfristiga skulder"] = year => year.ShortTermLiabilitiesOre,
        ["Summa skulder"] = year => year.LongTermLiabilitiesOre + year.ShortTermLiabilitiesOre,
        ["Summa eget kapital, avsättningar och skulder"] = year => year.EquityProvisionsAndLiabilitiesOre,
        ["Ansvarsförbindelser"] = null,
    };

    private static readonly Dictionary<EffortKind, string> Kinds = new()
    {
        [EffortKind.Individual] = "Individinriktad",
        [EffortKind.Structural] = "Strukturinriktad",
    };

    [Theory]
    [InlineData("norrvik")]
    [InlineData("gotland")]
    public async Task The_income_rows_and_the_contributions_total_are_the_plans(string name)
    {
        var plan = SourcePlan.Named(name);
        var (_, _, years) = await ComputedAsync(plan);
        var budget = plan.Budget;
        foreach (var year in years)
        {
            var column = budget.ColumnOf(year.Year);
            // Row by row in the plan's order, the plan's sums left out. By position, not label: the
            // report names a member's row as funding names the member ("Försäkringskassan"), a plan
            // as its document template does ("Försäkringskassan/Arbetsförmedlingen").
            var rows = budget.LabelsBetween("Intäkter", "Summa intäkter").Where(label => !IsSum(label)).ToList();
            Assert.Equal(rows.Select(label => budget.Amount(label, column)), year.Income.Select(row => plan.Units(row.AmountOre)));
            Assert.Equal(budget.Amount("Summa intäkter", column), plan.Units(year.IncomeOre));
            Assert.Equal(plan.Contributions.Amount("Summa medlemsbidrag", plan.Contributions.ColumnOf(year.Year)), plan.Units(year.ContributionsOre));
            Assert.Equal(budget.Amount("Summa intäkter", column) - plan.Units(year.ContributionsOre), plan.Units(year.OtherIncomeOre));
        }
    }

    [Theory]
    [InlineData("norrvik")]
    [InlineData("gotland")]
    public async Task Each_cost_group_and_its_lines_the_subtotals_the_total_costs_and_the_result_are_the_plans(string name)
    {
        var plan = SourcePlan.Named(name);
        var (_, _, years) = await ComputedAsync(plan);
        var budget = plan.Budget;
        foreach (var year in years)
        {
            var column = budget.ColumnOf(year.Year);
            Assert.Equal(plan.Groups.Select(g => g.Heading), year.CostGroups.Select(g => g.Label));
            foreach (var (heading, sum) in plan.Groups)
            {
                var group = year.CostGroups.Single(g => g.Label == heading);
                Assert.Equal(budget.Amount(sum, column), plan.PrintedCost(group.AmountOre));
                // Every line with a figure, compared as a set: a dash is no line. The order of the
                // lines is not a figure (grants lists decided efforts by their ids).
                var lines = heading == sum ? [] : budget.LabelsBetween(heading, sum);
                Assert.Equal(
                    lines.Select(label => (label, budget.Amount(label, column))).Where(line => line.Item2 != 0).Order(),
                    group.Lines.Select(line => (line.Label, plan.PrintedCost(line.AmountOre))).Where(line => line.Item2 != 0).Order());
            }

            Assert.Equal(plan.Subtotals, year.Subtotals.Select(s => s.Label));
            foreach (var subtotal in year.Subtotals)
            {
                Assert.Equal(budget.Amount(subtotal.Label, column), plan.PrintedCost(subtotal.AmountOre));
                // Shown where the plan shows it: after the group whose sum row stands just before it.
                var before = budget.Labels[budget.Labels.ToList().IndexOf(subtotal.Label) - 1];
                Assert.Equal(plan.Groups.Single(g => g.Sum == before).Heading, year.CostGroups.Single(g => g.Key == subtotal.After).Label);
            }

            Assert.Equal(budget.Amount("Summa kostnader", column), plan.PrintedCost(year.CostsOre));
            Assert.Equal(budget.Amount(plan.ResultRow, column), plan.Units(year.ResultOre));
        }
    }

    [Theory]
    [InlineData("norrvik")]
    [InlineData("gotland")]
    public async Task The_result_budget_and_the_balance_budget_are_the_plans(string name)
    {
        var plan = SourcePlan.Named(name);
        var (_, _, years) = await ComputedAsync(plan);
        var result = plan.Document.Table(plan.ResultTable);
        var balance = plan.Document.Table(plan.BalanceTable);
        foreach (var year in years)
        {
            var column = result.ColumnOf(year.Year);
            Assert.Equal(
                result.Labels.Select(label => (label, result.Amount(label, column))),
                result.Labels.Select(label => (label, plan.Units(ResultBudgetRows[label](year)))));

            column = balance.ColumnOf(year.Year);
            var figures = balance.Labels.Where(label => BalanceBudgetRows[label] is not null).ToList();
            Assert.Equal(
                figures.Select(label => (label, balance.Amount(label, column))),
                figures.Select(label => (label, plan.Units(BalanceBudgetRows[label]!(year)))));
        }
    }

    [Theory]
    [InlineData("norrvik")]
    [InlineData("gotland")]
    public async Task Grants_decided_effort_costs_are_the_efforts_table_per_effort_and_year(string name)
    {
        var plan = SourcePlan.Named(name);
        var parent = $"federations/{await plan.SetUpAsync(system)}";
        var table = plan.Document.Table(plan.EffortsTable);
        var efforts = table.Labels.Where(label => !IsSum(label)).ToList();

        var costs = await system.Grants.GetEffortCostsAsync(new GetEffortCostsRequest { Parent = parent, FirstYear = plan.Years[0], LastYear = plan.Years[^1] });
        foreach (var year in plan.Years)
        {
            var column = table.ColumnOf(year);
            Assert.Equal(
                efforts.Select(effort => (effort, table.Amount(effort, column))).Where(effort => effort.Item2 != 0).Order(),
                costs.Lines.Where(line => line.Year == year)
                    .GroupBy(line => line.EffortDisplayName)
                    .Select(effort => (effort.Key, plan.Units(effort.Sum(line => line.AmountOre))))
                    .Order());
            Assert.Equal(table.Amount("Summa beviljade insatser", column), plan.Units(costs.Years.Single(y => y.Year == year).GrantedOre));
        }
        Assert.Empty(costs.UndecidedLines);

        // Each effort as the table describes it: its kind, its owner, its period where the table
        // gives one, and the board's decision (date, diarienummer).
        var listed = (await system.Grants.ListEffortsAsync(new ListEffortsRequest { Parent = parent, PageSize = 100 })).Efforts;
        var decisions = (await system.Grants.ListDecisionsAsync(new ListDecisionsRequest { Parent = parent })).Decisions;
        Assert.Equal(efforts.Order(), listed.Select(e => e.DisplayName).Order());
        foreach (var effort in listed)
        {
            var label = effort.DisplayName;
            Assert.Equal(EffortStatus.Granted, effort.Status);
            Assert.Equal(table.Cell(label, "Inriktning"), Kinds[effort.Kind]);
            Assert.Equal(table.Cell(label, "Huvudman"), effort.Owner);
            var decision = Assert.Single(decisions, d => d.Effort == effort.Name);
            Assert.Equal(table.Cell(label, "Styrelsebeslut"), $"{decision.DecidedOn}, dnr {decision.ReferenceNumber}");
            if (table.Columns.Contains("Period"))
            {
                Assert.Equal(table.Cell(label, "Period"), Period(effort));
            }
        }
    }

    [Fact]
    public async Task Norrviks_contributions_are_the_state_the_region_and_the_municipalities_by_population()
    {
        var plan = SourcePlan.Norrvik;
        var (id, _, years) = await ComputedAsync(plan);
        var table = plan.Contributions;
        var column = table.ColumnOf(NorrvikBudget.Year);

        var contributions = await system.Funding.GetContributionsAsync(new GetContributionsRequest { Name = $"federations/{id}/contributions/{NorrvikBudget.Year}" });
        Assert.Equal(table.Amount("Försäkringskassan/Arbetsförmedlingen", column), plan.Units(contributions.StateOre));
        Assert.Equal(table.Amount("Summa kommunerna", column), plan.Units(contributions.MunicipalitiesOre));
        Assert.Equal(table.Amount("Summa medlemsbidrag", column), plan.Units(contributions.TotalOre));
        var regionAndMunicipalities = contributions.Members.Where(m => m.Kind is MemberKind.Region or MemberKind.Municipality).ToList();
        Assert.Equal(
            table.Labels.Where(label => label != "Försäkringskassan/Arbetsförmedlingen" && !IsSum(label)).Select(label => (label, table.Amount(label, column))),
            regionAndMunicipalities.Select(m => (m.DisplayName, plan.Units(m.AmountOre))));
        Assert.Equal(table.Amount("Region Mellannorr", column), plan.Units(contributions.RegionsOre));

        // The budget report carries the same lines, for the documents' contributions table: by
        // position, the state's line first.
        Assert.Equal(
            table.Labels.Where(label => !IsSum(label)).Select(label => table.Amount(label, column)),
            Assert.Single(years).MemberContributions.Select(m => plan.Units(m.AmountOre)));
    }

    [Fact]
    public async Task Region_Gotland_pays_the_regions_quarter_and_the_municipalities_quarter_on_one_line()
    {
        var plan = SourcePlan.Gotland;
        var (id, _, years) = await ComputedAsync(plan);
        var table = plan.Contributions;
        foreach (var year in plan.Years)
        {
            var column = table.ColumnOf(year);
            var contributions = await system.Funding.GetContributionsAsync(new GetContributionsRequest { Name = $"federations/{id}/contributions/{year}" });
            Assert.Equal(table.Amount("Försäkringskassan/Arbetsförmedlingen", column), plan.Units(contributions.StateOre));
            var regionGotland = Assert.Single(contributions.Members, m => m.Kind == MemberKind.RegionAndMunicipality);
            Assert.Equal(table.Amount(regionGotland.DisplayName, column), plan.Units(regionGotland.AmountOre));
            Assert.Equal(table.Amount("varav regionens fjärdedel", column), plan.Units(contributions.RegionsOre));
            Assert.Equal(table.Amount("varav kommunens fjärdedel", column), plan.Units(contributions.MunicipalitiesOre));
            Assert.Equal(table.Amount("Summa medlemsbidrag", column), plan.Units(contributions.TotalOre));

            // Its one line and its part of each quarter, from funding and in the budget report.
            decimal[] expected = [.. new[] { regionGotland.DisplayName, "varav regionens fjärdedel", "varav kommunens fjärdedel" }.Select(label => table.Amount(label, column))];
            Assert.Equal(expected, new[] { regionGotland.AmountOre, regionGotland.RegionalPartOre, regionGotland.MunicipalPartOre }.Select(plan.Units));
            var reported = Assert.Single(years.Single(y => y.Year == year).MemberContributions, m => m.MemberId == regionGotland.MemberId);
            Assert.Equal(expected, new[] { reported.AmountOre, reported.RegionalPartOre, reported.MunicipalPartOre }.Select(plan.Units));
        }
    }

    [Fact]
    public async Task Norrviks_budget_room_is_its_table_from_the_opening_to_the_closing_surplus()
    {
        var plan = SourcePlan.Norrvik;
        var (_, _, years) = await ComputedAsync(plan);
        var room = Assert.Single(years).Room;
        var table = plan.Document.Table("Budgetutrymme 2026");
        var column = table.ColumnOf(NorrvikBudget.Year);
        var (opening, closing) = (table.Labels[0], table.Labels[^1]);

        Assert.Equal(table.Amount(opening, column), plan.Units(room.OpeningSurplusOre));
        Assert.Equal(table.Amount("Medlemsbidrag", column), plan.Units(room.ContributionsOre));
        Assert.Equal(table.Amount("Övriga intäkter", column), plan.Units(room.OtherIncomeOre));
        var groups = table.LabelsBetween("Övriga intäkter", closing);
        Assert.Equal(
            groups.Select(label => (label, table.Amount(label, column))),
            room.CostGroups.Select(g => (g.Label, plan.PrintedCost(g.AmountOre))));
        Assert.Equal(table.Amount(closing, column), plan.Units(room.ClosingSurplusOre));
    }

    [Fact]
    public async Task Norrviks_goals_are_met_with_the_shares_its_text_states()
    {
        var plan = SourcePlan.Norrvik;
        var (_, report, _) = await ComputedAsync(plan);
        var text = plan.Document;
        var contributions = plan.Contributions.Amount("Summa medlemsbidrag", plan.Contributions.ColumnOf(NorrvikBudget.Year));

        Assert.All(report.Goals, goal => Assert.True(goal.Status == GoalStatus.Met, $"{goal.Goal} {goal.Year}: {goal.Status}, {goal.Explanation}"));
        Assert.Equal(["group_share_cap", "max_equity_share", "min_equity_share", "min_individual_share"], report.Goals.Select(g => g.Goal).Order());
        Assert.All(report.Goals, goal => Assert.Equal(NorrvikBudget.Year, goal.Year));

        var band = text.Figures("Eget kapital ska vid årets utgång vara mellan {0} och {1} procent av årets medlemsbidrag.");
        var (least, most) = (Goal(report, "min_equity_share", NorrvikBudget.Year), Goal(report, "max_equity_share", NorrvikBudget.Year));
        Assert.Equal([contributions * band[0] / 100, contributions * band[1] / 100], new[] { plan.Units(least.LimitOre), plan.Units(most.LimitOre) });
        Assert.Equal(
            text.Figures("minskar därmed till {0} kr vid utgången av 2026, vilket motsvarar {1} procent av årets medlemsbidrag."),
            new[] { plan.Units(least.ActualOre), Percent(least.ActualBasisPoints) });
        Assert.Equal(least.ActualOre, most.ActualOre);

        var individual = Goal(report, "min_individual_share", NorrvikBudget.Year);
        var administration = Goal(report, "group_share_cap", NorrvikBudget.Year);
        Assert.Equal(contributions * text.Figures("Minst {0} procent av årets medlemsbidrag ska gå till individinriktade insatser.")[0] / 100, plan.Units(individual.LimitOre));
        Assert.Equal(contributions * text.Figures("Förbundets administration får uppgå till högst {0} procent av årets medlemsbidrag.")[0] / 100, plan.Units(administration.LimitOre));
        Assert.Equal(
            text.Figures("Individinriktade insatser budgeteras till {0} kr, eller {1} procent av medlemsbidragen, och administrationen motsvarar {2} procent."),
            new[] { plan.Units(individual.ActualOre), Percent(individual.ActualBasisPoints), Percent(administration.ActualBasisPoints) });
    }

    [Fact]
    public async Task Gotlands_goals_are_met_each_year_and_its_equity_band_in_the_year_it_names()
    {
        var plan = SourcePlan.Gotland;
        var (_, report, _) = await ComputedAsync(plan);
        var text = plan.Document;

        Assert.All(report.Goals, goal => Assert.True(goal.Status == GoalStatus.Met, $"{goal.Goal} {goal.Year}: {goal.Status}, {goal.Explanation}"));
        var band = text.Figures("Eget kapital ska vid utgången av {0} vara mellan {1} och {2} tkr.");
        var bandYear = (int)band[0];
        string[] everyYear = ["group_share_cap", "min_individual_share"];
        Assert.All(plan.Years, year => Assert.Equal(
            year == bandYear ? everyYear.Append("equity_band").Order() : everyYear,
            report.Goals.Where(g => g.Year == year).Select(g => g.Goal).Order()));

        var equity = Goal(report, "equity_band", bandYear);
        Assert.InRange(plan.Units(equity.ActualOre), band[1], band[2]);
        Assert.Equal(text.Figures("och till {0} tkr vid utgången av 2027")[0], plan.Units(equity.ActualOre));
        Assert.Equal(
            text.Figures("Insatser för individer motsvarar {0} procent av medlemsbidragen 2026 och {1} procent 2027."),
            plan.Years.Select(year => Percent(Goal(report, "min_individual_share", year).ActualBasisPoints)));
        Assert.Equal(
            text.Figures("Kansli samt styrelse och revision motsvarar {0} procent av medlemsbidragen 2026 och {1} procent 2027."),
            plan.Years.Select(year => Percent(Goal(report, "group_share_cap", year).ActualBasisPoints)));
    }

    // The plan entered and its adopted budget computed through the gateway, with the report's years
    // (no forecast column is entered, so every year is a budget year).
    private async Task<(string Id, BudgetReport Report, IReadOnlyList<YearReport> Years)> ComputedAsync(SourcePlan plan)
    {
        var id = await plan.SetUpAsync(system);
        var report = await system.Budget.ComputeBudgetAsync(new ComputeBudgetRequest { Name = $"federations/{id}/budgets/{plan.Years[0]}" });
        Assert.Equal(BudgetStatus.Adopted, report.Status);
        Assert.True(report.ComputedFromAdoptedInputs);
        Assert.Equal(plan.CostsPrintedNegative, report.CostsAsNegative);
        Assert.Equal(plan.Years, report.Years.Select(y => y.Year));
        return (id, report, report.Years);
    }

    private static GoalReport Goal(BudgetReport report, string goal, int year) => Assert.Single(report.Goals, g => g.Goal == goal && g.Year == year);

    // A share as the plans print it: percent with one decimal.
    private static decimal Percent(int basisPoints) => Math.Round(basisPoints / 100m, 1, MidpointRounding.AwayFromZero);

    private static bool IsSum(string label) => label.StartsWith("Summa ", StringComparison.Ordinal);

    // As the plan's "Period" column writes it: "2025–2027", or "2026" for one year.
    private static string Period(Effort effort) =>
        effort.StartOn[..4] == effort.EndOn[..4] ? effort.StartOn[..4] : $"{effort.StartOn[..4]}–{effort.EndOn[..4]}";
}
