using Finsam.Contracts.Grants.V1;

namespace Finsam.Web.Components.Shared;

// Effort kinds and statuses as officers name them.
public static class EffortTexts
{
    public static readonly IReadOnlyList<(EffortKind Value, string Text)> Kinds =
        [(EffortKind.Individual, Kind(EffortKind.Individual)), (EffortKind.Structural, Kind(EffortKind.Structural))];

    public static string Kind(EffortKind kind) => kind switch
    {
        EffortKind.Individual => "Individinriktad",
        EffortKind.Structural => "Strukturinriktad",
        _ => "Ej angiven",
    };

    public static string Status(EffortStatus status) => status switch
    {
        EffortStatus.Draft => "Utkast",
        EffortStatus.Applied => "Ansökt",
        EffortStatus.Granted => "Beviljad",
        EffortStatus.Running => "Pågår",
        EffortStatus.Ended => "Avslutad",
        EffortStatus.Rejected => "Avslagen",
        EffortStatus.Withdrawn => "Återtagen",
        _ => "Ej angiven",
    };

    // A refused move in Swedish, by the grants service's code for the rule.
    public static string WhyNotMove(string refusal, EffortStatus from, EffortStatus to) => refusal switch
    {
        "DECISION_REQUIRED" => $"Insatsen kan inte bli {Status(to).ToLowerInvariant()} utan ett styrelsebeslut som beviljar den. Registrera beslutet först.",
        "STATUS_MOVE_NOT_ALLOWED" => $"En insats som är {Status(from).ToLowerInvariant()} kan inte bli {Status(to).ToLowerInvariant()}.",
        _ => "Insatsens regler tillåter inte flytten.",
    };

    // The moves an officer is offered from a status; the service decides whether one holds.
    public static IReadOnlyList<EffortStatus> MovesFrom(EffortStatus status) => status switch
    {
        EffortStatus.Draft => [EffortStatus.Applied, EffortStatus.Withdrawn],
        EffortStatus.Applied => [EffortStatus.Granted, EffortStatus.Rejected, EffortStatus.Withdrawn],
        EffortStatus.Granted => [EffortStatus.Running, EffortStatus.Withdrawn],
        EffortStatus.Running => [EffortStatus.Ended],
        _ => [],
    };
}
