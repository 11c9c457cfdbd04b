namespace Finsam.Sie;

// A voucher (#VER) with its rows; its rows sum to zero.
public sealed record SieVoucher(int Line, string Series, string Number, DateOnly Date, string? Text, IReadOnlyList<SieRow> Rows);
