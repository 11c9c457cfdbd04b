using Finsam.Contracts.Funding.V1;
using Finsam.Funding.Domain;
using Finsam.ServiceKit.Grpc;

namespace Finsam.Funding.Validation;

public sealed record Distribution(DistributionParameters Parameters, IReadOnlyList<Domain.FederationMeasures> Federations);

// The national model's inputs, as the regional body gives them.
public static class DistributionRequests
{
    // 400 000 kr per federation, and 75 % of the rest by the support measure (2016 model).
    private const long DefaultBaseAmountOre = 40_000_000;
    private const int DefaultSupportShareBasisPoints = 7_500;
    private const int MaxFederations = 1_000;
    private const int MaxFederationNameLength = 200;

    public static Distribution Validate(DistributeStateAllocationRequest request)
    {
        var violations = new FieldViolations();
        violations.AddWhen(request.NationalTotalOre is <= 0 or > Amounts.MaxOre * 10, "national_total_ore", ViolationReason.OutOfRange, "A positive amount of at most a thousand billion kronor.");
        var baseAmount = request.HasBaseAmountOre ? request.BaseAmountOre : DefaultBaseAmountOre;
        violations.AddWhen(baseAmount < 0, "base_amount_ore", ViolationReason.OutOfRange, "Cannot be negative.");
        var supportShare = request.HasSupportShareBasisPoints ? request.SupportShareBasisPoints : DefaultSupportShareBasisPoints;
        violations.AddWhen(supportShare is < 0 or > StateDistributionModel.WholeInBasisPoints, "support_share_basis_points", ViolationReason.OutOfRange, "Between 0 and 10 000.");
        int? maxFall = request.HasMaxFallBasisPoints ? request.MaxFallBasisPoints : null;
        violations.AddWhen(maxFall is < 0 or > StateDistributionModel.WholeInBasisPoints, "max_fall_basis_points", ViolationReason.OutOfRange, "Between 0 and 10 000.");
        violations.AddWhen(request.Federations.Count is 0 or > MaxFederations, "federations", ViolationReason.TooMany, $"Between 1 and {MaxFederations} federations.");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < request.Federations.Count; i++)
        {
            var federation = request.Federations[i];
            var at = $"federations[{i}]";
            violations.AddWhen(string.IsNullOrWhiteSpace(federation.Federation), $"{at}.federation", ViolationReason.Required, "Required.");
            violations.AddWhen(federation.Federation.Length > MaxFederationNameLength, $"{at}.federation", ViolationReason.TooLong, $"At most {MaxFederationNameLength} characters.");
            violations.AddWhen(!string.IsNullOrWhiteSpace(federation.Federation) && !seen.Add(federation.Federation), $"{at}.federation", ViolationReason.Duplicate, "Named twice.");
            violations.AddWhen(federation.Population1664 < 0, $"{at}.population_16_64", ViolationReason.OutOfRange, "Cannot be negative.");
            violations.AddWhen(federation.SupportMeasure < 0, $"{at}.support_measure", ViolationReason.OutOfRange, "Cannot be negative.");
            violations.AddWhen(federation.LastYearOre is < 0 or > Amounts.MaxOre, $"{at}.last_year_ore", ViolationReason.OutOfRange, "Between 0 and a hundred billion kronor.");
        }
        violations.ThrowIfAny();
        return new Distribution(
            new DistributionParameters(request.NationalTotalOre, baseAmount, supportShare, maxFall),
            request.Federations.Select(f => new Domain.FederationMeasures(f.Federation, f.Population1664, f.SupportMeasure, f.LastYearOre)).ToList());
    }
}
