using Finsam.ServiceKit.Resources;

namespace Finsam.Budget;

// Every resource name the budget service reads or writes, parsed and built from one place.
public static class Names
{
    public static readonly ResourcePattern Federation = ResourcePattern.Of("federations/{federation}");

    // A budget is named by its first year.
    public static readonly ResourcePattern Budget = ResourcePattern.Of("federations/{federation}/budgets/{year:int}");

    // A financial year's actuals, by the year it begins in.
    public static readonly ResourcePattern YearActuals = ResourcePattern.Of("federations/{federation}/actuals/{year:int}");

    public static readonly ResourcePattern ActualsMapping = ResourcePattern.Of("federations/{federation}/actualsMapping");

    // A financial year's budget against its actuals, by the year it begins in, and the
    // forecasts saved for it.
    public static readonly ResourcePattern FollowUp = ResourcePattern.Of("federations/{federation}/followUps/{year:int}");

    public static readonly ResourcePattern SavedForecast = ResourcePattern.Of("federations/{federation}/followUps/{year:int}/forecasts/{number:int}");

    public static readonly ResourcePattern FinancialGoals = ResourcePattern.Of("federations/{federation}/financialGoals");

    // Funding's: the allocation a budget year's contributions come from.
    public static readonly ResourcePattern Allocation = ResourcePattern.Of("federations/{federation}/allocations/{year:int}");
}
