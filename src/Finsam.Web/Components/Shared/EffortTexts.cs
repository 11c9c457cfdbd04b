using System.Globalization;
using Finsam.Contracts.Grants.V1;
using Finsam.Web.Formatting;

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

    // An update the grants service refused for the board's decisions (the only reason it has):
    // the years decided, as the page knows them, and what to do instead.
    public static string WhyNotUpdate(IEnumerable<int> decidedYears)
    {
        var years = string.Join(", ", decidedYears.Distinct().Order());
        return years.Length == 0
            ? "Styrelsen har beslutat om pengar för insatsen: kostnadsraderna för ett beslutat år och en period utanför de åren ändras bara med ett nytt beslut."
            : $"Styrelsen har beslutat om pengar för {years}: kostnadsraderna för de åren ändras inte, och perioden måste rymma dem. Ett nytt beslut ändrar vad som är beviljat.";
    }


    public static string Period(Effort effort) => (effort.StartOn, effort.EndOn) switch
    {
        ("", "") => "Ej angiven",
        (var start, "") => $"Från {SwedishDates.Long(start)}",
        ("", var end) => $"Till {SwedishDates.Long(end)}",
        (var start, var end) => $"{SwedishDates.Long(start)} – {SwedishDates.Long(end)}",
    };

    // What a decision grants, year by year: "2027: 125 000 kr, 2028: 80 000 kr".
    public static string Granted(Decision decision) =>
        string.Join(", ", decision.Granted.OrderBy(granted => granted.Year).Select(granted => $"{granted.Year}: {Kronor.Format(granted.AmountOre)}"));

    // A change against the year before, signed as a reader expects: "+3", "−2", "0".
    public static string Change(int change) => change switch
    {
        > 0 => $"+{change.ToString(Swedish.Culture)}",
        < 0 => $"\u2212{(-change).ToString(Swedish.Culture)}",
        _ => "0",
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
