using Finsam.Budget.Domain;

namespace Finsam.Budget.Data.Configurations;

// A budget's status as the status column has always held it.
public static class StoredStatus
{
    public static string Of(BudgetStatus status) => status switch
    {
        BudgetStatus.Draft => "DRAFT",
        BudgetStatus.Proposed => "PROPOSED",
        BudgetStatus.Adopted => "ADOPTED",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static BudgetStatus Parse(string stored) => stored switch
    {
        "DRAFT" => BudgetStatus.Draft,
        "PROPOSED" => BudgetStatus.Proposed,
        "ADOPTED" => BudgetStatus.Adopted,
        _ => throw new InvalidOperationException($"'{stored}' is not a budget status."),
    };
}
