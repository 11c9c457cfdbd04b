namespace Finsam.Funding.Domain;

// One invoice an instalment plan calls for.
public sealed record PlannedInvoice(string Id, string MemberId, int Instalment, DateOnly DueOn, long AmountOre);

// One invoice as it stands, for the member it was raised to.
public sealed record MemberInvoice(string MemberId, InvoiceBalance Balance);

// What one member was invoiced for a year, has paid and still owes.
public sealed record MemberBalance(FederationMember Member, long InvoicedOre, long PaidOre)
{
    public long OutstandingOre => InvoicedOre - PaidOre;
}

// A year's contributions invoiced in instalments: one invoice per paying member and
// instalment, named by both, so that raising again adds only what is missing and never
// the same invoice twice. The plan can change until the year's invoices are raised.
public static class Invoicing
{
    public static string InvoiceId(int year, string memberId, int instalment) =>
        FormattableString.Invariant($"{year}-{memberId}-{instalment}");

    public static string? WhyNotChangePlan(int year, bool invoicesRaised) =>
        invoicesRaised ? $"Invoices for {year} are already raised; the plan can no longer change." : null;

    // The invoices of the plan not raised yet, member by member in the contributions' order.
    public static IReadOnlyList<PlannedInvoice> ToRaise(int year, InstalmentFrequency frequency, ContributionBreakdown contributions, IReadOnlySet<string> raised) =>
        contributions.Members
            .SelectMany(line => Instalments.Schedule(year, frequency, line.AmountOre)
                .Select(instalment => new PlannedInvoice(
                    InvoiceId(year, line.Member.MemberId, instalment.Number),
                    line.Member.MemberId,
                    instalment.Number,
                    instalment.DueDate,
                    instalment.AmountOre)))
            .Where(invoice => !raised.Contains(invoice.Id))
            .ToList();

    // Every member with an invoice, in the federation's order of members.
    public static IReadOnlyList<MemberBalance> Balances(IReadOnlyList<FederationMember> members, IReadOnlyList<MemberInvoice> invoices) =>
        members
            .Select(member => (member, theirs: invoices.Where(i => i.MemberId == member.MemberId).ToList()))
            .Where(x => x.theirs.Count > 0)
            .Select(x => new MemberBalance(x.member, x.theirs.Sum(i => i.Balance.InvoicedOre), x.theirs.Sum(i => i.Balance.PaidOre)))
            .ToList();
}
