using Finsam.Contracts.Funding.V1;

namespace Finsam.Web.Components.Shared;

// The app's addresses for a federation's pages, from its resource name "federations/{id}".
public static class FederationLinks
{
    public static string IdOf(Federation federation) => federation.Name["federations/".Length..];

    public static string Overview(Federation federation) => Overview(IdOf(federation));

    public static string Overview(string federationId) => $"/forbund/{federationId}";

    public static string Allocations(string federationId) => $"/forbund/{federationId}/tilldelning";

    public static string Contributions(string federationId, int year) => $"/forbund/{federationId}/bidrag/{year}";

    public static string Efforts(string federationId) => $"/forbund/{federationId}/insatser";

    public static string Budget(string federationId) => $"/forbund/{federationId}/budget";

    // The board's financial goals, judged against the given year's budget.
    public static string Goals(string federationId, int year) => $"/forbund/{federationId}/mal?ar={year}";

    // What-ifs beside the given year's budget.
    public static string Scenarios(string federationId, int year) => $"/forbund/{federationId}/scenarier?ar={year}";

    public static string PlanDocument(string federationId, int year) => $"/forbund/{federationId}/dokument/{year}";

    // The federation's document template, previewed with the given year's figures and text.
    public static string Template(string federationId, int year) => $"/forbund/{federationId}/mall?ar={year}";

    public static string Access(string federationId) => $"/forbund/{federationId}/behorigheter";
}
