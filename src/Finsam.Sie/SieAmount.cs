namespace Finsam.Sie;

// What the vouchers booked on an account and objects in a month (its first day), in öre.
public sealed record SieAmount(string Account, IReadOnlyDictionary<string, string> Objects, DateOnly Month, long AmountOre);
