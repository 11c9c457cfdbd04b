namespace Finsam.Budget.Domain.FollowUp;

// One booked amount as the accounts give it: account, objects per dimension, month (its first
// day), öre with debit positive and credit negative, as in the books.
public sealed record LedgerRow(string Account, IReadOnlyDictionary<string, string> Objects, DateOnly Month, long AmountOre);
