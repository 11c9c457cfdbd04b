namespace Finsam.Funding.Data;

// What one federation's income over some years is computed from: the federation (its members
// and their terms), its allocations in those years with their facts, and its other income.
public sealed record IncomeSources(
    FederationEntity Federation,
    IReadOnlyList<FundedAllocation> Allocations,
    IReadOnlyList<OtherIncomeEntity> OtherIncome);
