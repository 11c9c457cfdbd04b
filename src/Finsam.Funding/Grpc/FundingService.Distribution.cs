using Finsam.Funding.Domain;
using Finsam.Funding.Validation;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceDefaults.Security;
using Grpc.Core;
using Contract = Finsam.Contracts.Funding.V1;

namespace Finsam.Funding.Grpc;

public sealed partial class FundingService
{
    // 400 000 kr per federation, and 75 % of the rest by the support measure (2016 model).
    private const long DefaultBaseAmountOre = 40_000_000;
    private const int DefaultSupportShareBasisPoints = 7_500;
    private const int MaxFederations = 1_000;

    public override Task<Contract.DistributeStateAllocationResponse> DistributeStateAllocation(Contract.DistributeStateAllocationRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.AddWhen(request.NationalTotalOre is <= 0 or > AllocationValidator.MaxAmountOre * 10, "national_total_ore", ViolationReason.OutOfRange, "A positive amount of at most a thousand billion kronor.");
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
            violations.AddWhen(federation.Federation.Length > 200, $"{at}.federation", ViolationReason.TooLong, "At most 200 characters.");
            violations.AddWhen(!string.IsNullOrWhiteSpace(federation.Federation) && !seen.Add(federation.Federation), $"{at}.federation", ViolationReason.Duplicate, "Named twice.");
            violations.AddWhen(federation.Population1664 < 0, $"{at}.population_16_64", ViolationReason.OutOfRange, "Cannot be negative.");
            violations.AddWhen(federation.SupportMeasure < 0, $"{at}.support_measure", ViolationReason.OutOfRange, "Cannot be negative.");
            violations.AddWhen(federation.LastYearOre is < 0 or > AllocationValidator.MaxAmountOre, $"{at}.last_year_ore", ViolationReason.OutOfRange, "Between 0 and a hundred billion kronor.");
        }
        violations.ThrowIfAny();

        IReadOnlyDictionary<string, long> amounts;
        try
        {
            amounts = StateDistributionModel.Distribute(
                new DistributionParameters(request.NationalTotalOre, baseAmount, supportShare, maxFall),
                request.Federations.Select(f => new FederationMeasures(f.Federation, f.Population1664, f.SupportMeasure, f.LastYearOre)).ToList());
        }
        catch (FundingRuleException rule)
        {
            throw GrpcErrors.FailedPrecondition(rule.Subject, rule.Message);
        }

        var response = new Contract.DistributeStateAllocationResponse { TotalOre = amounts.Values.Sum() };
        response.Shares.AddRange(request.Federations.Select(f => new Contract.FederationShare
        {
            Federation = f.Federation,
            AmountOre = amounts[f.Federation],
            ChangeFromLastYearOre = amounts[f.Federation] - f.LastYearOre,
        }));
        return Task.FromResult(response);
    }
}
