namespace Finsam.Funding.Domain;

public sealed record FederationMeasures(string FederationId, long Population16To64, long SupportMeasure, long LastYearOre);

public sealed record DistributionParameters(
    long NationalTotalOre,
    long BaseAmountOre,
    int SupportShareBasisPoints,
    // The largest fall from last year any federation may take, in basis points; null: no brake.
    int? MaxFallBasisPoints);

// The national model since 2016 (shared/domain.md): a base amount per federation, and of
// the rest a share by the measure of people on public support and the remainder by
// inhabitants aged 16–64. The optional brake holds each federation at or above last year
// less the allowed fall, taking what it keeps from the others in proportion to their
// amounts. Every result adds up to the national total to the öre.
public static class StateDistributionModel
{
    public const int WholeInBasisPoints = 10_000;

    public static IReadOnlyDictionary<string, long> Distribute(DistributionParameters parameters, IReadOnlyList<FederationMeasures> federations)
    {
        if (federations.Count == 0)
        {
            throw new FundingRuleException("federations", "Give at least one federation.");
        }
        var rest = parameters.NationalTotalOre - parameters.BaseAmountOre * federations.Count;
        if (rest < 0)
        {
            throw new FundingRuleException("national_total_ore", "The national total does not cover the base amount of every federation.");
        }
        if (federations.Sum(f => f.SupportMeasure) == 0 || federations.Sum(f => f.Population16To64) == 0)
        {
            throw new FundingRuleException("federations", "The support measures and the populations must each add up to more than zero.");
        }

        var bySupport = (long)((Int128)rest * parameters.SupportShareBasisPoints / WholeInBasisPoints);
        var byPopulation = rest - bySupport;
        var supportParts = Apportionment.Split(bySupport, federations.Select(f => f.SupportMeasure).ToList());
        var populationParts = Apportionment.Split(byPopulation, federations.Select(f => f.Population16To64).ToList());

        var amounts = federations
            .Select((_, i) => parameters.BaseAmountOre + supportParts[i] + populationParts[i])
            .ToArray();

        if (parameters.MaxFallBasisPoints is { } maxFall)
        {
            ApplyBrake(amounts, federations.Select(f => Floor(f.LastYearOre, maxFall)).ToArray());
        }

        return federations.Select((f, i) => (f.FederationId, Amount: amounts[i]))
            .ToDictionary(x => x.FederationId, x => x.Amount);
    }

    // The least a federation may get: last year less the allowed fall, rounded up to the öre.
    public static long Floor(long lastYearOre, int maxFallBasisPoints)
    {
        var kept = (Int128)lastYearOre * (WholeInBasisPoints - maxFallBasisPoints);
        return (long)((kept + WholeInBasisPoints - 1) / WholeInBasisPoints);
    }

    // Lifts every federation below its floor to it, and takes the cost from the federations
    // above their floors in proportion to their amounts. Taking may push another below its
    // floor, so it repeats until none is; each round fixes at least one more federation.
    private static void ApplyBrake(long[] amounts, long[] floors)
    {
        if (floors.Sum() > amounts.Sum())
        {
            throw new FundingRuleException("max_fall_basis_points", "The brake holds back more than the national total: the floors add up to more than there is.");
        }

        var held = new bool[amounts.Length];
        while (true)
        {
            var cost = 0L;
            for (var i = 0; i < amounts.Length; i++)
            {
                if (amounts[i] < floors[i])
                {
                    cost += floors[i] - amounts[i];
                    amounts[i] = floors[i];
                    held[i] = true;
                }
            }
            if (cost == 0)
            {
                return;
            }

            var payers = Enumerable.Range(0, amounts.Length).Where(i => !held[i]).ToList();
            // What each payer can give without falling below its own floor bounds the round.
            var shares = Apportionment.Split(cost, payers.Select(i => amounts[i]).ToList());
            for (var p = 0; p < payers.Count; p++)
            {
                amounts[payers[p]] -= shares[p];
            }
        }
    }
}
