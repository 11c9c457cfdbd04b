namespace Finsam.Budget.Domain.FollowUp;

// A line followed up: the adopted budget's line (not a later draft), its side and its amount
// for the year.
public sealed record FollowUpLine(string Key, string Label, FollowUpSide Side, long BudgetOre);
