using System.Globalization;
using Finsam.Budget.Domain;
using Finsam.ServiceKit.Grpc;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Validation;

// The board meeting an adoption names: its date and its reference number (diarienummer).
public static class AdoptionValidator
{
    private const int MaxReferenceNumberLength = 100;

    public static Adoption Validate(Contract.AdoptBudgetRequest request)
    {
        var violations = new FieldViolations();
        var isDate = DateOnly.TryParseExact(request.AdoptedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var adoptedOn);
        violations.AddWhen(!isDate, "adopted_on", ViolationReason.InvalidFormat, "Expected the board meeting's date as YYYY-MM-DD.");
        violations.AddWhen(string.IsNullOrWhiteSpace(request.ReferenceNumber), "reference_number", ViolationReason.Required, "The reference number (diarienummer) is required.");
        violations.AddWhen(request.ReferenceNumber.Length > MaxReferenceNumberLength, "reference_number", ViolationReason.TooLong, $"At most {MaxReferenceNumberLength} characters.");
        violations.ThrowIfAny();
        return new Adoption(adoptedOn, request.ReferenceNumber.Trim());
    }
}
