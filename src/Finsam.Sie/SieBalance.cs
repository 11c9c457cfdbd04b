namespace Finsam.Sie;

// A balance or result for an account in a year of the file (#IB, #UB, #RES), or for a period
// (#PSALDO, Period then its first day), in öre. Year 0 is the file's financial year, -1 the one before.
public sealed record SieBalance(int Line, int Year, string Account, long AmountOre, IReadOnlyDictionary<string, string> Objects, DateOnly? Period = null);
