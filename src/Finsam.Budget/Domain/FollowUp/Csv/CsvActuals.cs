using Finsam.ServiceKit.Csv;

namespace Finsam.Budget.Domain.FollowUp.Csv;

// What a CSV export gives: per account, objects and month, in öre with debit positive, ordered by
// account, month and objects as the SIE import's amounts are; the names of the accounts the file
// names; how many rows were read; and the encoding it was read in.
public sealed record CsvActuals(
    IReadOnlyList<LedgerRow> Amounts,
    IReadOnlyDictionary<string, string> AccountNames,
    int RowCount,
    CsvEncoding Encoding);
