namespace Finsam.Budget.Domain.FollowUp;

// Accounts that begin with Prefix ("4" every 4xxx, "5410" that account) belong to a budget line.
public sealed record AccountRule(string Prefix, string LineKey);
