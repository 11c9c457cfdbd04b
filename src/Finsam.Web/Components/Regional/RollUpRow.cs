using Finsam.Contracts.Budget.V1;

namespace Finsam.Web.Components.Regional;

// One federation's line of the regional roll-up: its figures as the budget service computed
// them, under the name people know it by. A budget that could not be computed has a problem
// and no figures.
public sealed record RollUpRow(string FederationId, string FederationName, FederationRollUp Figures)
{
    public bool Computed => Figures.Problem.Length == 0;

    // The roll-up names budgets ("federations/{id}/budgets/{year}"); the federations' own list
    // gives their names. A federation the list does not name (removed since) keeps its id.
    public static IReadOnlyList<RollUpRow> From(RollUpResponse rollUp, IReadOnlyDictionary<string, string> namesById) =>
    [
        .. rollUp.Federations.Select(figures =>
        {
            var id = FederationIdOf(figures.Budget);
            return new RollUpRow(id, namesById.TryGetValue(id, out var name) ? name : id, figures);
        }),
    ];

    public static string FederationIdOf(string budgetName)
    {
        var parts = budgetName.Split('/');
        return parts.Length >= 2 ? parts[1] : budgetName;
    }
}
