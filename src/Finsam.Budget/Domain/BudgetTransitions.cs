namespace Finsam.Budget.Domain;

// The life of a budget: draft → proposed → adopted, or adopted straight from a draft. An
// adopted version is locked and kept; a revision starts the next version as a draft, and
// the adopted one stays on record beside it.
public static class BudgetTransitions
{
    private static readonly Dictionary<BudgetStatus, BudgetStatus[]> Legal = new()
    {
        [BudgetStatus.Draft] = [BudgetStatus.Proposed, BudgetStatus.Adopted],
        [BudgetStatus.Proposed] = [BudgetStatus.Adopted],
        [BudgetStatus.Adopted] = [BudgetStatus.Draft],
    };

    // Null when the move is allowed; otherwise why not, for the person who tried. Each
    // target is one RPC (propose, adopt, revise), so the reason speaks of that RPC.
    public static string? WhyNot(BudgetStatus from, BudgetStatus to)
    {
        if (Legal[from].Contains(to))
        {
            return null;
        }
        return to switch
        {
            BudgetStatus.Proposed => $"Only a draft can be proposed; this budget is {Name(from)}.",
            BudgetStatus.Adopted => "This version is already adopted; revise it to change it.",
            _ => "Only an adopted budget is revised; a draft or proposal can be changed as it is.",
        };
    }

    // Null when what the federation entered may be changed in place.
    public static string? WhyNotEdited(BudgetStatus status) =>
        status == BudgetStatus.Adopted ? "An adopted budget is locked; revise it to make a new version." : null;

    // A revision: the adopted version is kept, and the budget goes on as the next version.
    public static bool StartsNewVersion(BudgetStatus from, BudgetStatus to) =>
        from == BudgetStatus.Adopted && to == BudgetStatus.Draft;

    private static string Name(BudgetStatus status) => status switch
    {
        BudgetStatus.Draft => "draft",
        BudgetStatus.Proposed => "proposed",
        _ => "adopted",
    };
}
