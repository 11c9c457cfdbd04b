namespace Finsam.Budget.Domain.FollowUp;

// A row of the adopted budget as follow-up shows it: an income row, a member's contribution, a
// cost group, a line of one, or an effort; its amount for the year, and the rows within it
// (whose actuals count in it too).
public sealed record BudgetRow(string Key, string Label, FollowUpSide Side, long BudgetOre, IReadOnlyList<BudgetRow> Rows)
{
    public BudgetRow(string key, string label, FollowUpSide side, long budgetOre)
        : this(key, label, side, budgetOre, [])
    {
    }

    public IEnumerable<BudgetRow> SelfAndWithin() => Rows.SelectMany(row => row.SelfAndWithin()).Prepend(this);
}
