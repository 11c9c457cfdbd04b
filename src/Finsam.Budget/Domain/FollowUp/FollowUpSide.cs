namespace Finsam.Budget.Domain.FollowUp;

// Which way a line's money goes: an income is booked as a credit (negative in the books), a
// cost as a debit; follow-up shows both as the budget does, positive.
public enum FollowUpSide
{
    Income,
    Cost,
}
