using Finsam.Contracts.Grants.V1;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Resources;

namespace Finsam.Grants.Validation;

public static class CostRequests
{
    // Enough for any plan; more would be a question nobody asks.
    private const int MaxYearsAsked = 20;

    public static void Validate(GetEffortCostsRequest request, PlanYears years)
    {
        var violations = new FieldViolations();
        GrantsNames.Federation.Parse(request.Parent, "parent", violations);
        ValidateYears(request.FirstYear, request.LastYear, years, violations);
        violations.ThrowIfAny();
    }

    // The federations asked about, in the order asked.
    public static IReadOnlyList<string> Validate(BatchGetEffortCostsRequest request, PlanYears years)
    {
        var violations = new FieldViolations();
        var federations = FederationBatch.Parse(request.Parents, GrantsNames.Federation, violations);
        ValidateYears(request.FirstYear, request.LastYear, years, violations);
        violations.ThrowIfAny();
        return federations;
    }

    private static void ValidateYears(int firstYear, int lastYear, PlanYears years, FieldViolations violations)
    {
        years.Validate(firstYear, "first_year", lastYear, "last_year", violations);
        violations.AddWhen((long)lastYear - firstYear >= MaxYearsAsked,
            "last_year", ViolationReason.InvalidValue, $"From the first year, at most {MaxYearsAsked} years on.");
    }
}
