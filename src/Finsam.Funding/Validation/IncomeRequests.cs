using Finsam.Contracts.Funding.V1;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Resources;

namespace Finsam.Funding.Validation;

public sealed record IncomeYears(int FirstYear, int LastYear);

// A year's contributions, and a federation's income over a range of years.
public static class IncomeRequests
{
    // A budget with its plan years spans a few years; ten after the first is plenty.
    public const int MaxYearsAfterFirst = 10;

    public static int Validate(GetContributionsRequest request, PlanYears years)
    {
        var violations = new FieldViolations();
        var name = FundingNames.Contributions.Parse(request.Name, "name", violations);
        if (name is not null)
        {
            years.Validate(name.Year, "name", violations);
        }
        violations.ThrowIfAny();
        return name!.Year;
    }

    public static IncomeYears Validate(GetIncomeRequest request, PlanYears years)
    {
        var violations = new FieldViolations();
        FederationRequests.ValidateParent(request.Parent, violations);
        var range = Years(request.FirstYear, request.LastYear, years, violations);
        violations.ThrowIfAny();
        return range;
    }

    // The federations asked about, in the order asked, and the years.
    public static (IReadOnlyList<string> Federations, IncomeYears Years) Validate(BatchGetIncomeRequest request, PlanYears years)
    {
        var violations = new FieldViolations();
        var federations = FederationBatch.Parse(request.Parents, FundingNames.Federation, violations);
        var range = Years(request.FirstYear, request.LastYear, years, violations);
        violations.ThrowIfAny();
        return (federations, range);
    }

    private static IncomeYears Years(int firstYear, int lastYear, PlanYears years, FieldViolations violations)
    {
        years.Validate(firstYear, "first_year", lastYear, "last_year", violations);
        violations.AddWhen((long)lastYear - firstYear > MaxYearsAfterFirst, "last_year", ViolationReason.OutOfRange,
            $"At most {MaxYearsAfterFirst} years after the first year.");
        return new IncomeYears(firstYear, lastYear);
    }
}
