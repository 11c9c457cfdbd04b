using Finsam.Contracts.Funding.V1;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Resources;

namespace Finsam.Funding.Validation;

public sealed record OtherIncomeCreate(int Year, OtherIncomeKind Kind, long AmountOre, string Note, string? RequestId);

// Income besides the members' contributions: interest, a small project grant.
public static class OtherIncomeRequests
{
    private const int MaxNoteLength = 1000;

    public static OtherIncomeCreate Validate(CreateOtherIncomeRequest request, PlanYears years)
    {
        var violations = new FieldViolations();
        FederationRequests.ValidateParent(request.Parent, violations);
        if (request.OtherIncome is not { } income)
        {
            violations.Add("other_income", ViolationReason.Required, "Required.");
        }
        else
        {
            years.Validate(income.Year, "other_income.year", violations);
            violations.AddWhen(income.Kind == OtherIncomeKind.Unspecified || !Enum.IsDefined(income.Kind),
                "other_income.kind", ViolationReason.Required, "Give the kind: interest, project grant or other.");
            Amounts.Validate(income.AmountOre, "other_income.amount_ore", violations);
            violations.AddWhen(income.Note.Length > MaxNoteLength, "other_income.note", ViolationReason.TooLong, $"At most {MaxNoteLength} characters.");
        }
        RequestIds.Validate(request.RequestId, violations);
        violations.ThrowIfAny();
        var created = request.OtherIncome!;
        return new OtherIncomeCreate(created.Year, created.Kind, created.AmountOre, created.Note.Trim(), RequestIds.Stored(request.RequestId));
    }

    // The year to list, or null for every year.
    public static int? Validate(ListOtherIncomeRequest request, PlanYears years)
    {
        var violations = new FieldViolations();
        FederationRequests.ValidateParent(request.Parent, violations);
        if (request.Year != 0)
        {
            years.Validate(request.Year, "year", violations);
        }
        violations.ThrowIfAny();
        return request.Year == 0 ? null : request.Year;
    }

    public static string Validate(DeleteOtherIncomeRequest request) => FundingNames.OtherIncome.Parse(request.Name, "name")["otherIncome"];
}
