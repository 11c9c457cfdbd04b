namespace Finsam.Budget.Domain;

public enum CostGroupKind
{
    // Styrelsen: fees, representation.
    Board,

    // Administration / running costs: staff, services, IT, training, audit...
    Administration,

    // Beslutade aktiviteter: efforts the board has granted (from grants).
    DecidedEfforts,

    // Nya aktiviteter/insatser: money reserved for efforts not yet decided (from grants).
    NewEfforts,

    // Any other group a federation keeps, e.g. an innovation environment.
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

// A cost group: lines per year, or, for plan years, a group total (which then includes
// that year's financial lines).
public sealed record CostGroup(
    string Key,
    string Label,
    CostGroupKind Kind,
    IReadOnlyList<BudgetLine> Lines,
    IReadOnlyDictionary<int, long> TotalsOre);

public sealed record IncomeLine(string Label, int Year, long AmountOre, bool IsContribution);

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
    IReadOnlyList<IncomeLine> Income,
    IReadOnlyList<CostGroup> CostGroups,
    // Equity at the start of the first year (the forecast of the year before's closing).
    long OpeningEquityOre,
    IReadOnlyDictionary<int, BalanceEntries> Balance,
    // Individual efforts' costs per year (from grants), for the goal on their share.
    IReadOnlyDictionary<int, long> IndividualEffortsOre,
    PreviousYearForecast? Forecast = null)
{
    public const int Years = 3;

    public IEnumerable<int> AllYears => Enumerable.Range(FirstYear, Years);
}
