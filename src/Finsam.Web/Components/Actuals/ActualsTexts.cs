using Finsam.Web.Gateway;

namespace Finsam.Web.Components.Actuals;

// The follow-up's refusals in the officers' words, by the rule's stable code.
public static class ActualsTexts
{
    public static CallProblem? Worded(CallProblem? problem) =>
        problem is not null && Refusal(problem.RefusalType) is { } text ? problem.WithExplanation(text) : problem;

    public static string? Refusal(string type) => type switch
    {
        "NO_ADOPTED_BUDGET" => "Årets budget är inte antagen: utfallet följs upp mot den antagna budgeten.",
        "YEAR_CLOSED" => "Räkenskapsåret är stängt: utfallet är låst tills en regional administratör öppnar året igen.",
        "YEAR_NOT_CLOSED" => "Räkenskapsåret är inte stängt.",
        "NO_ACTUALS" => "Inget utfall är inläst för året: läs in det innan året stängs.",
        "NO_OPENING_EQUITY" => "Året har ingen budget att ta ingående eget kapital från, och föregående år är inte stängt.",
        _ => null,
    };
}
