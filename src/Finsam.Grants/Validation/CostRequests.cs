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
        years.Validate(request.FirstYear, "first_year", request.LastYear, "last_year", violations);
        violations.AddWhen(request.LastYear - request.FirstYear >= MaxYearsAsked,
            "last_year", ViolationReason.InvalidValue, $"From the first year, at most {MaxYearsAsked} years on.");
        violations.ThrowIfAny();
    }
}
