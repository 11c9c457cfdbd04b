using Finsam.Funding.Domain;

namespace Finsam.Funding.Tests.Domain;

public sealed class InvoicingTests
{
    private static readonly FederationMember Fk = new("forsakringskassan", MemberKind.Forsakringskassan, "Försäkringskassan", 0, 0);
    private static readonly FederationMember Af = new("arbetsformedlingen", MemberKind.Arbetsformedlingen, "Arbetsförmedlingen", 0, 0);
    private static readonly FederationMember Region = new("region", MemberKind.Region, "Region", 0, 0);
    private static readonly FederationMember Kommun = new("kommun", MemberKind.Municipality, "Kommun", 0, 0);

    private static readonly ContributionBreakdown Contributions =
        ContributionRules.Split(368_900_000, [Fk, Af, Region, Kommun], ShareBasis.Population, ShareBasis.Population);

    [Fact]
    public void A_half_yearly_plan_raises_two_invoices_per_paying_member_named_by_year_member_and_instalment()
    {
        var invoices = Invoicing.ToRaise(2022, InstalmentFrequency.HalfYearly, Contributions, new HashSet<string>());

        Assert.Equal(
            [
                ("2022-forsakringskassan-1", 184_450_000L, new DateOnly(2022, 1, 31)),
                ("2022-forsakringskassan-2", 184_450_000L, new DateOnly(2022, 7, 31)),
                ("2022-region-1", 92_225_000L, new DateOnly(2022, 1, 31)),
                ("2022-region-2", 92_225_000L, new DateOnly(2022, 7, 31)),
                ("2022-kommun-1", 92_225_000L, new DateOnly(2022, 1, 31)),
                ("2022-kommun-2", 92_225_000L, new DateOnly(2022, 7, 31)),
            ],
            invoices.Select(i => (i.Id, i.AmountOre, i.DueOn)));
        Assert.Equal(Contributions.TotalOre, invoices.Sum(i => i.AmountOre));
    }

    [Fact]
    public void Raising_again_adds_only_the_invoices_not_raised_yet()
    {
        var raised = new HashSet<string> { "2022-forsakringskassan-1", "2022-region-1", "2022-region-2", "2022-kommun-1", "2022-kommun-2" };

        var invoices = Invoicing.ToRaise(2022, InstalmentFrequency.HalfYearly, Contributions, raised);

        Assert.Equal(["2022-forsakringskassan-2"], invoices.Select(i => i.Id));
        Assert.Empty(Invoicing.ToRaise(2022, InstalmentFrequency.HalfYearly, Contributions, raised.Append("2022-forsakringskassan-2").ToHashSet()));
    }

    [Fact]
    public void The_plan_can_change_until_the_years_invoices_are_raised()
    {
        Assert.Null(Invoicing.WhyNotChangePlan(2022, invoicesRaised: false));
        Assert.Equal("Invoices for 2022 are already raised; the plan can no longer change.", Invoicing.WhyNotChangePlan(2022, invoicesRaised: true));
    }

    [Fact]
    public void Balances_add_up_each_invoiced_members_invoices_in_the_federations_order()
    {
        MemberInvoice[] invoices =
        [
            new("kommun", new InvoiceBalance(100, 100)),
            new("forsakringskassan", new InvoiceBalance(200, 0)),
            new("kommun", new InvoiceBalance(100, 30)),
            new("not-a-member", new InvoiceBalance(5, 0)),
        ];

        var balances = Invoicing.Balances([Fk, Af, Region, Kommun], invoices);

        Assert.Equal(
            [("forsakringskassan", 200L, 0L, 200L), ("kommun", 200L, 130L, 70L)],
            balances.Select(b => (b.Member.MemberId, b.InvoicedOre, b.PaidOre, b.OutstandingOre)));
    }
}
