using Finsam.Grants.Domain;

namespace Finsam.Grants.Tests.Domain;

public sealed class DecidedMoneyTests
{
    private static readonly DateTimeOffset Recorded = new(2021, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static RecordedDecision Decision(string name, DateOnly decidedOn, DateTimeOffset recordedAt, params (int Year, long AmountOre)[] granted) =>
        new(name, BoardDecision.Of(decidedOn, $"Dnr {name}", granted.Select(g => new GrantedAmount(g.Year, g.AmountOre))), recordedAt);

    [Fact]
    public void The_latest_decision_covering_a_year_says_its_amount_by_the_day_decided_before_the_time_recorded()
    {
        var first = Decision("2021/45", new DateOnly(2021, 11, 26), Recorded.AddDays(30), (2022, 89_500_000), (2023, 66_000_000));
        var revised = Decision("2022/3", new DateOnly(2022, 2, 10), Recorded, (2022, 70_000_000));

        var decided = DecidedMoney.Of([revised, first]);

        Assert.Equal(
            [new DecidedYear(2022, 70_000_000, "2022/3", "Dnr 2022/3"), new DecidedYear(2023, 66_000_000, "2021/45", "Dnr 2021/45")],
            decided.Values.OrderBy(d => d.Year));
    }

    [Fact]
    public void Of_two_decisions_of_the_same_day_the_one_recorded_later_wins()
    {
        var day = new DateOnly(2021, 11, 26);

        var decided = DecidedMoney.Of([Decision("b", day, Recorded.AddMinutes(5), (2022, 2)), Decision("a", day, Recorded, (2022, 1))]);

        Assert.Equal(2, decided[2022].AmountOre);
    }

    [Fact]
    public void A_year_no_decision_covers_has_nothing_decided()
    {
        var decided = DecidedMoney.Of([Decision("2021/45", new DateOnly(2021, 11, 26), Recorded, (2022, 100))]);

        Assert.False(decided.ContainsKey(2023));
        Assert.Empty(DecidedMoney.Of([]));
    }

    [Fact]
    public void The_lines_of_a_decided_year_do_not_change_and_the_refusal_names_the_year_and_the_decision()
    {
        var decided = DecidedMoney.Of([Decision("2021/45", new DateOnly(2021, 11, 26), Recorded, (2022, 100))]);
        CostLine[] stored = [new(2022, "Psykolog", 100), new(2023, "Psykolog", 50)];

        string?[] reasons =
        [
            DecidedMoney.WhyNotChange(stored, [new(2022, "Psykolog", 120), new(2023, "Psykolog", 50)], decided),
            DecidedMoney.WhyNotChange(stored, [new(2022, "Psykolog, halvtid", 100), new(2023, "Psykolog", 50)], decided),
            DecidedMoney.WhyNotChange(stored, [new(2022, "Psykolog", 100), new(2022, "Resor", 5), new(2023, "Psykolog", 50)], decided),
            DecidedMoney.WhyNotChange(stored, [new(2023, "Psykolog", 50)], decided),
        ];

        Assert.All(reasons, reason =>
        {
            Assert.NotNull(reason);
            Assert.Contains("2022 (Dnr 2021/45)", reason);
            Assert.Contains("new decision", reason);
        });
    }

    [Fact]
    public void Lines_of_undecided_years_change_freely_and_the_same_lines_in_another_order_are_no_change()
    {
        var decided = DecidedMoney.Of([Decision("2021/45", new DateOnly(2021, 11, 26), Recorded, (2022, 150))]);
        CostLine[] stored = [new(2022, "Psykolog", 100), new(2022, "Resor", 50), new(2023, "Psykolog", 50)];

        Assert.Null(DecidedMoney.WhyNotChange(stored, [new(2022, "Resor", 50), new(2022, "Psykolog", 100), new(2023, "Psykolog", 90), new(2024, "Psykolog", 90)], decided));
        Assert.Null(DecidedMoney.WhyNotChange(stored, [new(2022, "Psykolog", 999)], DecidedMoney.Of([])));
    }

    [Fact]
    public void A_period_must_hold_every_decided_year()
    {
        var decided = DecidedMoney.Of([Decision("2021/45", new DateOnly(2021, 11, 26), Recorded, (2022, 1), (2023, 1))]);

        Assert.Null(DecidedMoney.WhyNotPeriod(new EffortPeriod(new DateOnly(2022, 6, 1), null), decided));
        Assert.Null(DecidedMoney.WhyNotPeriod(new EffortPeriod(null, new DateOnly(2023, 1, 31)), decided));
        Assert.Contains("2023 (Dnr 2021/45)", DecidedMoney.WhyNotPeriod(new EffortPeriod(null, new DateOnly(2022, 12, 31)), decided));
        Assert.Contains("2022 (Dnr 2021/45)", DecidedMoney.WhyNotPeriod(new EffortPeriod(new DateOnly(2023, 1, 1), null), decided));
    }
}
