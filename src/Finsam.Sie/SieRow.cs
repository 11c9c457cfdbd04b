namespace Finsam.Sie;

// A voucher row (#TRANS, or #RTRANS added after registration): an account, the objects it is
// booked on per dimension, and the amount in öre (debit positive, credit negative).
public sealed record SieRow(int Line, string Account, IReadOnlyDictionary<string, string> Objects, long AmountOre, DateOnly? Date, string? Text);
