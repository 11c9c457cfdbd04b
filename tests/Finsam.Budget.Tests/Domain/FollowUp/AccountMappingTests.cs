using Finsam.Budget.Domain.FollowUp;

namespace Finsam.Budget.Tests.Domain.FollowUp;

public sealed class AccountMappingTests
{
    private static readonly DateOnly March = new(2026, 3, 1);

    private static AccountMapping Mapping() => AccountMapping.Create(
        [new AccountRule("3", "bidrag"), new AccountRule("54", "lokaler"), new AccountRule("5410", "it"), new AccountRule("7", "personal")],
        [new ObjectRule("6", "12", "steget-vidare")]).Mapping!;

    [Fact]
    public void The_longest_prefix_decides_which_line_an_account_belongs_to()
    {
        var mapping = Mapping();

        Assert.Equal("lokaler", mapping.LineOf("5420"));
        Assert.Equal("it", mapping.LineOf("5410"));
        Assert.Equal("it", mapping.LineOf("54101"));
        Assert.Equal("personal", mapping.LineOf("7010"));
        Assert.Null(mapping.LineOf("6110"));
    }

    [Fact]
    public void What_no_rule_takes_is_listed_per_account_and_month_never_dropped()
    {
        var actuals = Mapping().Map([
            Row("5420", 100_00), Row("5410", 50_00), Row("6110", 7_50), Row("6110", 2_50), Row("FEL", 1),
            Row("7010", 1_000_00, ("6", "12")), Row("7010", 10_00, ("6", "99")),
        ]);

        Assert.Equal(100_00, actuals.Lines[("lokaler", March)]);
        Assert.Equal(50_00, actuals.Lines[("it", March)]);
        Assert.Equal(1_010_00, actuals.Lines[("personal", March)]);
        Assert.Equal(10_00, actuals.Unmapped[("6110", March)]);
        Assert.Equal(1, actuals.Unmapped[("FEL", March)]);
        Assert.Equal(10_01, actuals.UnmappedOre);
        Assert.Equal(1_000_00, Assert.Single(actuals.Efforts).Value);
        Assert.Equal(100_00 + 50_00 + 10_01 + 1_010_00, actuals.Lines.Values.Sum() + actuals.UnmappedOre);
    }

    [Fact]
    public void Rules_that_cannot_stand_together_are_refused_each_named()
    {
        var (mapping, problems) = AccountMapping.Create(
            [new AccountRule("54", "lokaler"), new AccountRule("54", "it"), new AccountRule("", "x"), new AccountRule("4 0", "y"), new AccountRule("7", " ")],
            [new ObjectRule("6", "12", "a"), new ObjectRule("6", "12", "b"), new ObjectRule("", "1", "c")]);

        Assert.Null(mapping);
        Assert.Equal(6, problems.Count);
        Assert.Contains("Kontot 54 förs till mer än en budgetrad.", problems);
        Assert.Contains("Objektet 6/12 förs till mer än en insats.", problems);
    }

    private static LedgerRow Row(string account, long ore, params (string Dimension, string Object)[] objects) =>
        new(account, objects.ToDictionary(pair => pair.Dimension, pair => pair.Object), March, ore);
}
