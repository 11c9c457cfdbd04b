using Finsam.Grants.Domain;

namespace Finsam.Grants.Tests.Domain;

public sealed class CostAggregationTests
{
    private static EffortCosts Effort(string name, EffortKind kind, string group, EffortStatus status, params CostLine[] lines) =>
        new(name, name, kind, group, status, lines);

    [Fact]
    public void Granted_running_and_ended_efforts_count_by_kind_and_group_and_reserved_money_stands_apart()
    {
        EffortCosts[] efforts =
        [
            Effort("psykolog", EffortKind.Individual, "Arbetsmarknadstorget", EffortStatus.Running, new CostLine(2022, "Psykolog", 89_500_000), new CostLine(2023, "Psykolog", 66_000_000)),
            Effort("katalog", EffortKind.Structural, "Struktur", EffortStatus.Granted, new CostLine(2022, "Insatskatalogen", 5_500_000)),
            Effort("gammal", EffortKind.Individual, "Arbetsmarknadstorget", EffortStatus.Ended, new CostLine(2022, "Avslutad", 1_000)),
            Effort("utkast", EffortKind.Individual, "Arbetsmarknadstorget", EffortStatus.Draft, new CostLine(2022, "Utkast", 99_999)),
            Effort("avslag", EffortKind.Structural, "Struktur", EffortStatus.Rejected, new CostLine(2022, "Avslag", 77_777)),
        ];

        var (lines, years) = CostAggregation.Aggregate(efforts, [new Reserved(2023, 555_800_000, "Nya aktiviteter/insatser")], 2022, 2024);

        Assert.Equal(4, lines.Count);
        Assert.Equal([2022, 2023, 2024], years.Select(y => y.Year));
        var y2022 = years[0];
        Assert.Equal(95_001_000, y2022.GrantedOre);
        Assert.Equal(89_501_000, y2022.IndividualOre);
        Assert.Equal(5_500_000, y2022.StructuralOre);
        Assert.Equal([("Arbetsmarknadstorget", 89_501_000L), ("Struktur", 5_500_000L)], y2022.CostGroups);
        Assert.Equal(0, y2022.ReservedOre);
        Assert.Equal((66_000_000L, 555_800_000L, "Nya aktiviteter/insatser"), (years[1].GrantedOre, years[1].ReservedOre, years[1].ReservedLabel));
        Assert.Equal(0, years[2].GrantedOre);
    }

    [Fact]
    public void Lines_outside_the_years_asked_are_left_out()
    {
        var (lines, years) = CostAggregation.Aggregate(
            [Effort("e", EffortKind.Individual, "", EffortStatus.Running, new CostLine(2021, "a", 1), new CostLine(2022, "b", 2), new CostLine(2025, "c", 4))],
            [], 2022, 2022);

        Assert.Equal(["b"], lines.Select(l => l.Line.Description));
        Assert.Equal(2, Assert.Single(years).GrantedOre);
    }
}
