using Finsam.Grants.Domain;

namespace Finsam.Grants.Tests.Domain;

public sealed class CostAggregationTests
{
    private static EffortCosts Effort(string name, EffortKind kind, string group, EffortStatus status, CostLine[] lines, params (int Year, long AmountOre)[] decided) =>
        new(name, name, kind, group, status, lines,
            decided.ToDictionary(d => d.Year, d => new DecidedYear(d.Year, d.AmountOre, $"beslut-{name}", "Dnr 2021/45")));

    // Decided as the lines say: what the board mostly does.
    private static EffortCosts AsLined(string name, EffortKind kind, string group, EffortStatus status, params CostLine[] lines) =>
        Effort(name, kind, group, status, lines, [.. lines.GroupBy(l => l.Year).Select(g => (g.Key, g.Sum(l => l.AmountOre)))]);

    [Fact]
    public void Granted_running_and_ended_efforts_count_by_kind_and_group_and_reserved_money_stands_apart()
    {
        EffortCosts[] efforts =
        [
            AsLined("psykolog", EffortKind.Individual, "Arbetsmarknadstorget", EffortStatus.Running, new CostLine(2022, "Psykolog", 89_500_000), new CostLine(2023, "Psykolog", 66_000_000)),
            AsLined("katalog", EffortKind.Structural, "Struktur", EffortStatus.Granted, new CostLine(2022, "Insatskatalogen", 5_500_000)),
            AsLined("gammal", EffortKind.Individual, "Arbetsmarknadstorget", EffortStatus.Ended, new CostLine(2022, "Avslutad", 1_000)),
            AsLined("utkast", EffortKind.Individual, "Arbetsmarknadstorget", EffortStatus.Draft, new CostLine(2022, "Utkast", 99_999)),
            AsLined("avslag", EffortKind.Structural, "Struktur", EffortStatus.Rejected, new CostLine(2022, "Avslag", 77_777)),
        ];

        var costs = CostAggregation.Aggregate(efforts, [new Reserved(2023, 555_800_000, "Nya aktiviteter/insatser")], 2022, 2024);

        Assert.Equal(4, costs.Decided.Count);
        Assert.Empty(costs.Undecided);
        Assert.Equal([2022, 2023, 2024], costs.Years.Select(y => y.Year));
        var y2022 = costs.Years[0];
        Assert.Equal(95_001_000, y2022.GrantedOre);
        Assert.Equal(89_501_000, y2022.IndividualOre);
        Assert.Equal(5_500_000, y2022.StructuralOre);
        Assert.Equal([("Arbetsmarknadstorget", 89_501_000L), ("Struktur", 5_500_000L)], y2022.CostGroups);
        Assert.Equal(0, y2022.ReservedOre);
        Assert.Equal((66_000_000L, 555_800_000L, "Nya aktiviteter/insatser"), (costs.Years[1].GrantedOre, costs.Years[1].ReservedOre, costs.Years[1].ReservedLabel));
        Assert.Equal(0, costs.Years[2].GrantedOre);
    }

    [Fact]
    public void Lines_outside_the_years_asked_are_left_out()
    {
        var costs = CostAggregation.Aggregate(
            [AsLined("e", EffortKind.Individual, "", EffortStatus.Running, new CostLine(2021, "a", 1), new CostLine(2022, "b", 2), new CostLine(2025, "c", 4))],
            [], 2022, 2022);

        Assert.Equal(["b"], costs.Decided.Select(l => l.Line.Description));
        Assert.Equal(2, Assert.Single(costs.Years).GrantedOre);
    }

    [Fact]
    public void A_line_in_a_year_no_decision_covers_is_undecided_and_never_granted()
    {
        var psykolog = Effort("psykolog", EffortKind.Individual, "AMT", EffortStatus.Running,
            [new CostLine(2022, "Psykolog", 89_500_000), new CostLine(2023, "Psykolog", 66_000_000)],
            (2022, 89_500_000));

        var costs = CostAggregation.Aggregate([psykolog], [], 2022, 2023);

        Assert.Equal([("Psykolog", 2022, "beslut-psykolog")], costs.Decided.Select(l => (l.Line.Description, l.Line.Year, l.Decision)));
        Assert.Equal([(2023, 66_000_000L, (string?)null)], costs.Undecided.Select(l => (l.Line.Year, l.Line.AmountOre, l.Decision)));
        Assert.Equal(
            [(2022, 89_500_000L, 89_500_000L, 0L), (2023, 0L, 0L, 66_000_000L)],
            costs.Years.Select(y => (y.Year, y.GrantedOre, y.IndividualOre, y.UndecidedOre)));
        Assert.Empty(costs.Years[1].CostGroups);
    }

    [Fact]
    public void The_decided_amount_counts_not_the_lines_and_stands_as_one_line_of_the_effort_when_they_differ()
    {
        var konsulenter = Effort("Arbetskonsulenter", EffortKind.Individual, "AMT", EffortStatus.Granted,
            [new CostLine(2022, "3 st. Arbetskonsulenter", 189_400_000), new CostLine(2022, "Resor", 600_000)],
            (2022, 150_000_000));
        var katalog = Effort("Insatskatalogen", EffortKind.Structural, "Struktur", EffortStatus.Running, [], (2022, 5_500_000));

        var costs = CostAggregation.Aggregate([konsulenter, katalog], [], 2022, 2022);

        Assert.Equal(
            [("Arbetskonsulenter", 150_000_000L), ("Insatskatalogen", 5_500_000L)],
            costs.Decided.Select(l => (l.Line.Description, l.Line.AmountOre)));
        var year = Assert.Single(costs.Years);
        Assert.Equal((155_500_000L, 150_000_000L, 5_500_000L, 0L), (year.GrantedOre, year.IndividualOre, year.StructuralOre, year.UndecidedOre));
        Assert.Equal([("AMT", 150_000_000L), ("Struktur", 5_500_000L)], year.CostGroups);
    }

    [Fact]
    public void An_effort_without_money_counts_neither_as_decided_nor_as_undecided()
    {
        var applied = Effort("ansokt", EffortKind.Individual, "", EffortStatus.Applied, [new CostLine(2022, "a", 1), new CostLine(2023, "b", 2)], (2022, 1));
        var withdrawn = Effort("tillbaka", EffortKind.Individual, "", EffortStatus.Withdrawn, [new CostLine(2022, "c", 4)], (2022, 4));

        var costs = CostAggregation.Aggregate([applied, withdrawn], [], 2022, 2023);

        Assert.Empty(costs.Decided);
        Assert.Empty(costs.Undecided);
        Assert.All(costs.Years, y => Assert.Equal((0L, 0L), (y.GrantedOre, y.UndecidedOre)));
    }
}
