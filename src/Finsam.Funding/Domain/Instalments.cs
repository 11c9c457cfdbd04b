namespace Finsam.Funding.Domain;

public sealed record Instalment(int Number, DateOnly DueDate, long AmountOre);

// A member's yearly contribution in equal instalments, each due at the end of the first
// month of its period; the öre that do not divide evenly go to the first instalment.
public static class Instalments
{
    public static IReadOnlyList<Instalment> Schedule(int year, InstalmentFrequency frequency, long amountOre)
    {
        var count = (int)frequency;
        var parts = Apportionment.Split(amountOre, Enumerable.Repeat(1L, count).ToList());
        var monthsApart = 12 / count;
        return Enumerable.Range(0, count)
            .Select(i =>
            {
                var firstOfPeriod = new DateOnly(year, 1 + i * monthsApart, 1);
                return new Instalment(i + 1, firstOfPeriod.AddMonths(1).AddDays(-1), parts[i]);
            })
            .ToList();
    }
}
