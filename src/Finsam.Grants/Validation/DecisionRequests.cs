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
            violations.AddWhen(decision.Granted.Count == 0, "decision.granted", ViolationReason.Required, "Name each year the money is granted for, with its amount.");
            var seen = new HashSet<int>();
            for (var i = 0; i < decision.Granted.Count; i++)
            {
                var granted = decision.Granted[i];
                var at = $"decision.granted[{i}]";
                years.Validate(granted.Year, $"{at}.year", violations);
                violations.AddWhen(years.Contains(granted.Year) && !seen.Add(granted.Year), $"{at}.year", ViolationReason.Duplicate, $"{granted.Year} is granted twice; a decision grants each year once.");
                Amounts.Validate(granted.AmountOre, $"{at}.amount_ore", violations);
            }
        }
        RequestIds.Validate(request.RequestId, violations);
        violations.ThrowIfAny();
        return new NewDecision(
            effort!["effort"],
            BoardDecision.Of(decidedOn!.Value, request.Decision!.ReferenceNumber, request.Decision.Granted.Select(g => new GrantedAmount(g.Year, g.AmountOre))),
            RequestIds.Stored(request.RequestId));
    }

    // Once the effort is read: a decision grants money only for years the effort runs.
    public static void ValidateFor(Decision decision, EffortPeriod period)
    {
        var violations = new FieldViolations();
        for (var i = 0; i < decision.Granted.Count; i++)
        {
            var year = decision.Granted[i].Year;
            violations.AddWhen(!period.Includes(year), $"decision.granted[{i}].year", ViolationReason.OutOfRange,
                $"The effort runs {period.Describe()}; {year} is outside it.");
        }
        violations.ThrowIfAny();
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
