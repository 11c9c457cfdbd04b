namespace Finsam.Grants.Domain.Participation;

// Small counts kept from the public: a count of one to four is shown as "< 5", and where a
// breakdown's total is shown, a breakdown with exactly one hidden cell hides one more (the
// smallest count above nought), or else its total, so that no hidden cell is the total less the
// cells shown. A total of one to four is itself small.
public static class SmallCounts
{
    public const int Threshold = 5;

    public static bool IsSmall(int count) => count is > 0 and < Threshold;

    // One breakdown and its total.
    public static (IReadOnlyList<MaskedCount> Cells, MaskedCount Total) Mask(IReadOnlyList<int> cells, int total)
    {
        var (masked, totalMasking) = Mask([cells], total);
        return (masked[0], totalMasking);
    }

    // Several breakdowns of one total (by gender, by age, ...): the total is shown in each or
    // in none, so a total one breakdown must hide is hidden from all of them.
    public static (IReadOnlyList<IReadOnlyList<MaskedCount>> Breakdowns, MaskedCount Total) Mask(IReadOnlyList<IReadOnlyList<int>> breakdowns, int total) =>
        Mask(breakdowns, total, hiddenCells: new HashSet<(int, int)>(), hideTotal: false);

    // As Mask, with cells (breakdown, cell) and the total hidden from the start where something
    // published elsewhere would give them away; the rest then protect them as any hidden cell.
    public static (IReadOnlyList<IReadOnlyList<MaskedCount>> Breakdowns, MaskedCount Total) Mask(
        IReadOnlyList<IReadOnlyList<int>> breakdowns, int total, IReadOnlySet<(int Breakdown, int Cell)> hiddenCells, bool hideTotal)
    {
        var cells = breakdowns.Select((breakdown, b) => breakdown.Select((count, i) =>
            IsSmall(count) ? CountMasking.Small
            : hiddenCells.Contains((b, i)) ? CountMasking.Protecting
            : CountMasking.Shown).ToArray()).ToList();
        var totalMasking = IsSmall(total) ? CountMasking.Small : hideTotal ? CountMasking.Protecting : CountMasking.Shown;

        for (var changed = true; changed;)
        {
            changed = false;
            for (var b = 0; b < breakdowns.Count && totalMasking == CountMasking.Shown; b++)
            {
                var hidden = cells[b].Count(masking => masking != CountMasking.Shown);
                // A breakdown that does not count everyone (some not known) gives no total to
                // subtract from; it is protected all the same, as the unknown may be nought.
                if (hidden != 1)
                {
                    continue;
                }
                var protector = Enumerable.Range(0, breakdowns[b].Count)
                    .Where(i => cells[b][i] == CountMasking.Shown && breakdowns[b][i] > 0)
                    .OrderBy(i => breakdowns[b][i])
                    .Select(i => (int?)i)
                    .FirstOrDefault();
                if (protector is { } index)
                {
                    cells[b][index] = CountMasking.Protecting;
                }
                else
                {
                    totalMasking = CountMasking.Protecting;
                }
                changed = true;
            }
        }

        return (
            [.. breakdowns.Select((breakdown, b) => (IReadOnlyList<MaskedCount>)[.. breakdown.Select((count, i) => new MaskedCount(count, cells[b][i]))])],
            new MaskedCount(total, totalMasking));
    }
}
