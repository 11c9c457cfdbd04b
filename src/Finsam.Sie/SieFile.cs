namespace Finsam.Sie;

// What a SIE file says, as read: who exported it, its financial years, accounts, dimensions and
// objects, balances and vouchers. Amounts in öre.
public sealed record SieFile
{
    public required SieEncoding Encoding { get; init; }
    public string? DeclaredFormat { get; init; }
    public int? Type { get; init; }
    public string? Program { get; init; }
    public string? CompanyName { get; init; }
    public string? OrganisationNumber { get; init; }
    public required IReadOnlyList<SieFinancialYear> FinancialYears { get; init; }
    public required IReadOnlyDictionary<string, string> Accounts { get; init; }
    public required IReadOnlyDictionary<string, string> Dimensions { get; init; }
    public required IReadOnlyDictionary<(string Dimension, string Object), string> Objects { get; init; }
    public required IReadOnlyList<SieBalance> OpeningBalances { get; init; }
    public required IReadOnlyList<SieBalance> ClosingBalances { get; init; }
    public required IReadOnlyList<SieBalance> Results { get; init; }
    public required IReadOnlyList<SieBalance> PeriodBalances { get; init; }
    public required IReadOnlyList<SieVoucher> Vouchers { get; init; }

    // The year exported (#RAR 0), if the file names it.
    public SieFinancialYear? CurrentYear => FinancialYears.FirstOrDefault(year => year.Index == 0);
}
