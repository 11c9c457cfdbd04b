using Finsam.ServiceKit.Grpc;

namespace Finsam.ServiceKit.Resources;

// The years a federation plans, budgets and reports: financial coordination began in
// 2004, and nobody plans more than ten years ahead.
public sealed class PlanYears(TimeProvider clock)
{
    public const int First = 2004;
    public const int Ahead = 10;

    public int Last => clock.GetUtcNow().Year + Ahead;

    public bool Contains(int year) => year is >= First && year <= Last;

    public FieldViolations Validate(int year, string field, FieldViolations violations) =>
        violations.AddWhen(!Contains(year), field, ViolationReason.OutOfRange, $"The year must be between {First} and {Last}.");

    // A range of years, first to last, each a plan year and in order.
    public FieldViolations Validate(int firstYear, string firstField, int lastYear, string lastField, FieldViolations violations)
    {
        Validate(firstYear, firstField, violations);
        Validate(lastYear, lastField, violations);
        return violations.AddWhen(lastYear < firstYear, lastField, ViolationReason.InvalidValue, "Cannot be before the first year.");
    }

    // The year of a name like "federations/{federation}/budgets/{year:int}", in range.
    public int Require(ResourceName name, string field)
    {
        var year = name.Year;
        Validate(year, field, new FieldViolations()).ThrowIfAny();
        return year;
    }
}
