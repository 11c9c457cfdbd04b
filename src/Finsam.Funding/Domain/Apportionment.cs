namespace Finsam.Funding.Domain;

public static class Apportionment
{
    // Splits an amount in proportion to weights, exact to the öre. Each part is rounded
    // down; what rounding leaves over goes, whole, to the part with the largest weight
    // (the first of equals), so the remainder always lands in the same place.
    public static long[] Split(long amountOre, IReadOnlyList<long> weights)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amountOre);
        if (weights.Count == 0)
        {
            throw new ArgumentException("At least one weight is needed.", nameof(weights));
        }
        if (weights.Any(w => w < 0))
        {
            throw new ArgumentException("Weights cannot be negative.", nameof(weights));
        }

        Int128 totalWeight = 0;
        foreach (var weight in weights)
        {
            totalWeight += weight;
        }
        if (totalWeight == 0)
        {
            throw new ArgumentException("The weights add up to zero.", nameof(weights));
        }

        var parts = new long[weights.Count];
        long given = 0;
        var largest = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            // Int128: amount × population can pass long's range.
            parts[i] = (long)((Int128)amountOre * weights[i] / totalWeight);
            given += parts[i];
            if (weights[i] > weights[largest])
            {
                largest = i;
            }
        }

        parts[largest] += amountOre - given;
        return parts;
    }
}
