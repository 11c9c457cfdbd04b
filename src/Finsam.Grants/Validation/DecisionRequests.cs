using Finsam.Contracts.Grants.V1;
using Finsam.Grants.Domain;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Resources;

namespace Finsam.Grants.Validation;

public sealed record NewDecision(string EffortId, BoardDecision Decision, string? RequestId);

public static class DecisionRequests
{
    private const int MaxReferenceNumberLength = 100;

    public static NewDecision Validate(CreateDecisionRequest request, PlanYears years)
    {
        var violations = new FieldViolations();
        GrantsNames.Federation.Parse(request.Parent, "parent", violations);
        ResourceName? effort = null;
        DateOnly? decidedOn = null;
        if (request.Decision is not { } decision)
        {
            violations.Add("decision", ViolationReason.Required, "Required.");
        }
        else
        {
            decidedOn = Dates.Parse(decision.DecidedOn, "decision.decided_on", violations);
            violations.AddWhen(decision.DecidedOn.Length == 0, "decision.decided_on", ViolationReason.Required, "Required.");
            violations.AddWhen(string.IsNullOrWhiteSpace(decision.ReferenceNumber),
                "decision.reference_number", ViolationReason.Required, "The reference number (diarienummer) is required.");
            Texts.MaxLength(decision.ReferenceNumber, "decision.reference_number", MaxReferenceNumberLength, violations);
            effort = GrantsNames.Effort.Parse(decision.Effort, "decision.effort", violations);
            violations.AddWhen(decision.GrantedYears.Count == 0, "decision.granted_years", ViolationReason.Required, "Name the years the money is granted for.");
            foreach (var year in decision.GrantedYears)
            {
                years.Validate(year, "decision.granted_years", violations);
            }
        }
        RequestIds.Validate(request.RequestId, violations);
        violations.ThrowIfAny();
        return new NewDecision(
            effort!["effort"],
            BoardDecision.Of(decidedOn!.Value, request.Decision!.ReferenceNumber, request.Decision.GrantedYears),
            RequestIds.Stored(request.RequestId));
    }

    // The effort whose decisions are asked for, or null for all of them.
    public static string? Validate(ListDecisionsRequest request)
    {
        var violations = new FieldViolations();
        GrantsNames.Federation.Parse(request.Parent, "parent", violations);
        var effort = request.Effort.Length == 0 ? null : GrantsNames.Effort.Parse(request.Effort, "effort", violations);
        violations.ThrowIfAny();
        return effort?["effort"];
    }
}
