namespace Finsam.Sie;

// A financial year of the file (#RAR): 0 is the year exported, -1 the one before. It need not be
// a calendar year.
public sealed record SieFinancialYear(int Index, DateOnly Start, DateOnly End)
{
    public bool Contains(DateOnly date) => date >= Start && date <= End;
}
