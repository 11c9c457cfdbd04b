namespace Finsam.Budget.Domain;

public enum CostGroupKind
{
    // Styrelsen: fees, representation.
    Board,

    // Administration / running costs: staff, services, IT, training, audit...
    Administration,

    // Any other group a federation keeps: efforts, an innovation environment...
    Other,
}

// Financial items sit among the lines (as in the reference's administration detail) but
// the result budget shows them on rows of their own.
public enum LineKind
{
    Operating,
    FinancialIncome,
    FinancialCost,
}

public sealed record BudgetLine(string Label, int Year, long AmountOre, LineKind Kind = LineKind.Operating);

// A cost group, as the federation names and orders it: lines per year, or, for plan years,
// a group total (which then includes that year's financial lines). Groups from grants get
// their lines and totals from GroupSources.
public sealed record CostGroup(
    string Key,
    string Label,
    CostGroupKind Kind,
    IReadOnlyList<BudgetLine> Lines,
    IReadOnlyDictionary<int, long> TotalsOre,
    CostGroupSource Source = CostGroupSource.Entered)
{
    // Groups of decided efforts only: the grants cost groups whose efforts it takes; empty,
    // every decided effort no other group takes.
    public IReadOnlyList<string> EffortCostGroups { get; init; } = [];

    public bool TakesDecidedEfforts => Source is CostGroupSource.DecidedEfforts or CostGroupSource.DecidedAndReserved;

    public bool TakesReserved => Source is CostGroupSource.Reserved or CostGroupSource.DecidedAndReserved;
}

// A sum over groups, shown after the group `After` names.
public sealed record Subtotal(string Key, string Label, IReadOnlyList<string> Groups, string After);

public enum IncomeKind
{
    // A member's contribution (medlemsbidrag).
    Contribution,

    // Other operating income, e.g. a project grant.
    Other,

    // Interest: a financial income in the result budget.
    Interest,
}

// What one member pays in a year and its part of each quarter, as funding split it: the
// contributions' figures behind the income rows, whichever way those show them.
public sealed record MemberShare(int Year, string MemberId, string DisplayName, long AmountOre, long RegionalPartOre, long MunicipalPartOre);

public sealed record IncomeLine(string Label, int Year, long AmountOre, IncomeKind Kind)
{
    public bool IsContribution => Kind == IncomeKind.Contribution;
}

// What is entered on the balance sheet: current assets are what makes it balance.
public sealed record BalanceEntries(long FixedAssetsOre, long ProvisionsOre, long LongTermLiabilitiesOre, long ShortTermLiabilitiesOre)
{
    public long LiabilitiesOre => LongTermLiabilitiesOre + ShortTermLiabilitiesOre;
}

// The previous year's forecast column, where a federation shows one.
public sealed record PreviousYearForecast(
    long OperatingIncomeOre,
    long OperatingCostsOre,
    long FinancialIncomeOre,
    long FinancialCostsOre,
    long OpeningEquityOre,
    BalanceEntries Balance);

public sealed record BudgetInput(
    int FirstYear,
    // The first year and the plan years after it: 1 to 3.
    int PlanYears,
    IReadOnlyList<IncomeLine> Income,
    IReadOnlyList<CostGroup> CostGroups,
    // Equity at the start of the first year (the forecast of the year before's closing).
    long OpeningEquityOre,
    IReadOnlyDictionary<int, BalanceEntries> Balance,
    // Individual efforts' costs per year (from grants), for the goal on their share.
    IReadOnlyDictionary<int, long> IndividualEffortsOre,
    PreviousYearForecast? Forecast = null)
{
    public const int MostPlanYears = 3;

    public IReadOnlyList<Subtotal> Subtotals { get; init; } = [];

    // Reported, not computed with: the income lines hold what counts.
    public IReadOnlyList<MemberShare> MemberShares { get; init; } = [];

    public IEnumerable<int> AllYears => Enumerable.Range(FirstYear, PlanYears);

    public int LastYear => FirstYear + PlanYears - 1;
}
