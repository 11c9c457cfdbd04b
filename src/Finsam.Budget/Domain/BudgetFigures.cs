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

// Budgetutrymme: contributions + other income + opening surplus − running costs −
// decided efforts − other cost groups = closing surplus.
public sealed record BudgetRoom(
    long ContributionsOre,
    long OtherIncomeOre,
    long OpeningSurplusOre,
    long RunningCostsOre,
    long DecidedEffortsOre,
    long OtherGroupsOre,
    long ClosingSurplusOre);

public sealed record YearFigures(
    int Year,
    long IncomeOre,
    long ContributionsOre,
    IReadOnlyList<(string Key, string Label, long AmountOre)> CostGroups,
    long CostsOre,
    long ResultOre,
    ResultBudget ResultBudget,
    BalanceBudget Balance,
    BudgetRoom Room);

public sealed record BudgetFigures(IReadOnlyList<YearFigures> Years, YearFigures? Forecast)
{
    public YearFigures Year(int year) => Years.Single(y => y.Year == year);
}
