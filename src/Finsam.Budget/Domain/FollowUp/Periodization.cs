namespace Finsam.Budget.Domain.FollowUp;

// A year's budget spread evenly over its months, exact to the öre: the budget through month k
// is the year's k/n rounded to the öre, so a quarter of a year divisible by four is exactly a
// quarter, and the months always sum to the year.
public static class Periodization
{
    public static IReadOnlyList<long> Evenly(long yearOre, int months)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        return [.. Enumerable.Range(0, months).Select(month => Through(yearOre, months, month + 1) - Through(yearOre, months, month))];
    }

    private static long Through(long yearOre, int months, int month) =>
        (long)Math.Round((decimal)yearOre * month / months, MidpointRounding.AwayFromZero);
}
