namespace Finsam.Budget.Domain.FollowUp;

// A year's budget spread evenly over its months, exact to the öre: what does not divide goes
// one öre each to the first months, so the months always sum to the year.
public static class Periodization
{
    public static IReadOnlyList<long> Evenly(long yearOre, int months)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        var share = Math.DivRem(yearOre, months, out var rest);
        return [.. Enumerable.Range(0, months).Select(month => share + (month < Math.Abs(rest) ? Math.Sign(rest) : 0))];
    }
}
