namespace Finsam.Budget.Domain;

public sealed record ResultBudget(
    long OperatingIncomeOre,
    long OperatingCostsOre,
    long DepreciationOre,
    long NetOperatingCostOre,
    long FinancialIncomeOre,
    long FinancialCostsOre,
    long ResultOre);

public sealed record BalanceBudget(
    long FixedAssetsOre,
    long CurrentAssetsOre,
    long TotalAssetsOre,
    long OpeningEquityOre,
    long ResultOre,
    long EquityOre,
    long ProvisionsOre,
    long LongTermLiabilitiesOre,
    long ShortTermLiabilitiesOre,
    long LiabilitiesOre,
    long EquityProvisionsAndLiabilitiesOre);

// Budgetutrymme: opening surplus + contributions + other income − each cost group =
// closing surplus.
public sealed record BudgetRoom(
    long OpeningSurplusOre,
    long ContributionsOre,
    long OtherIncomeOre,
    IReadOnlyList<GroupAmount> CostGroups,
    long ClosingSurplusOre);

public sealed record GroupAmount(string Key, string Label, long AmountOre);

public sealed record SubtotalAmount(string Key, string Label, long AmountOre, string After);

public sealed record YearFigures(
    int Year,
    long IncomeOre,
    long ContributionsOre,
    long OtherIncomeOre,
    IReadOnlyList<GroupAmount> CostGroups,
    IReadOnlyList<SubtotalAmount> Subtotals,
    long CostsOre,
    long ResultOre,
    ResultBudget ResultBudget,
    BalanceBudget Balance,
    BudgetRoom Room);

public sealed record BudgetFigures(IReadOnlyList<YearFigures> Years, YearFigures? Forecast)
{
    public YearFigures Year(int year) => Years.Single(y => y.Year == year);
}
