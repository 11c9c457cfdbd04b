using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Resources;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Validation;

// An import's request: a plan year, a file of at most 4 MiB (the gateway and gRPC refuse a
// larger message before it is read), a file name of plain text.
public static class ActualsImportValidator
{
    public const int MaxContentBytes = 4 * 1024 * 1024;
    private const int MaxFileNameLength = 255;

    public static void Validate(Contract.ImportActualsRequest request, PlanYears years)
    {
        var violations = new FieldViolations();
        years.Validate(request.Year, "year", violations);
        violations.AddWhen(request.Content.IsEmpty, "content", ViolationReason.Required, "Required: the SIE or CSV file as exported.");
        violations.AddWhen(request.Content.Length > MaxContentBytes, "content", ViolationReason.TooLong, "The file may be at most 4 MiB.");
        violations.AddWhen(request.FileName.Length > MaxFileNameLength, "file_name", ViolationReason.TooLong, $"At most {MaxFileNameLength} characters.");
        violations.AddWhen(request.FileName.Any(char.IsControl), "file_name", ViolationReason.InvalidCharacter, "No control characters.");
        violations.AddWhen(request.FinancialYearStartMonth is < 0 or > 12, "financial_year_start_month", ViolationReason.OutOfRange, "A month, 1 to 12; 0: January.");
        violations.ThrowIfAny();
    }
}
