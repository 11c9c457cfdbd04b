using Finsam.Grants.Domain;

namespace Finsam.Grants.Tests.Domain;

public sealed class BoardDecisionTests
{
    [Fact]
    public void A_decision_records_its_granted_years_in_order_with_their_amounts_and_its_reference_number_trimmed()
    {
        var decision = BoardDecision.Of(new DateOnly(2021, 11, 26), "  Dnr 2021/45 ", [new GrantedAmount(2023, 66_000_000), new GrantedAmount(2022, 89_500_000)]);

        Assert.Equal(new DateOnly(2021, 11, 26), decision.DecidedOn);
        Assert.Equal("Dnr 2021/45", decision.ReferenceNumber);
        Assert.Equal([new GrantedAmount(2022, 89_500_000), new GrantedAmount(2023, 66_000_000)], decision.Granted);
    }
}
