using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Resources;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Validation;

public static class RollUpValidator
{
    public static void Validate(Contract.RollUpRequest request, PlanYears years)
    {
        var violations = new FieldViolations();
        years.Validate(request.Year, "year", violations);
        violations.AddWhen(!Enum.IsDefined(request.SortBy), "sort_by", ViolationReason.InvalidValue, "Unknown order.");
        violations.ThrowIfAny();
    }
}
