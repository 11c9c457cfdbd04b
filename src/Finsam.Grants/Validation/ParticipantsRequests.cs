using Finsam.Contracts.Grants.V1;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Resources;

namespace Finsam.Grants.Validation;

// The participants' import and summaries: a federation, a plan year and, to import, a table of
// at most 1 MiB (a row per effort is far less).
public static class ParticipantsRequests
{
    public const int MaxTableBytes = 1024 * 1024;

    public static int Validate(ImportParticipantsRequest request, PlanYears years)
    {
        var violations = new FieldViolations();
        GrantsNames.Federation.Parse(request.Parent, "parent", violations);
        years.Validate(request.Year, "year", violations);
        violations.AddWhen(request.Content.IsEmpty, "content", ViolationReason.Required, "Required: the table as CSV.");
        violations.AddWhen(request.Content.Length > MaxTableBytes, "content", ViolationReason.TooLong, "The table may be at most 1 MiB.");
        violations.ThrowIfAny();
        return request.Year;
    }

    public static int Validate(SummarizeParticipantsRequest request, PlanYears years)
    {
        var violations = new FieldViolations();
        GrantsNames.Federation.Parse(request.Parent, "parent", violations);
        years.Validate(request.Year, "year", violations);
        violations.ThrowIfAny();
        return request.Year;
    }

    public static int Validate(SummarizeRegionParticipantsRequest request, PlanYears years)
    {
        var violations = new FieldViolations();
        years.Validate(request.Year, "year", violations);
        violations.ThrowIfAny();
        return request.Year;
    }
}
