using Finsam.ServiceKit.Grpc;

namespace Finsam.Funding.Validation;

// Financial coordination began in 2004; plans reach at most ten years ahead.
public sealed class YearRange(TimeProvider clock)
{
    public const int FirstYear = 2004;
    public const int YearsAhead = 10;

    public int LastYear => clock.GetUtcNow().Year + YearsAhead;

    public void Validate(int year, string field, FieldViolations violations) =>
        violations.AddWhen(year < FirstYear || year > LastYear, field, ViolationReason.OutOfRange, $"The year must be between {FirstYear} and {LastYear}.");
}
