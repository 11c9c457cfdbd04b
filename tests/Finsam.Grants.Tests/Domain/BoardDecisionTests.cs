using Finsam.Grants.Domain;

namespace Finsam.Grants.Tests.Domain;

public sealed class BoardDecisionTests
{
    [Fact]
    public void A_decision_records_each_granted_year_once_in_order_and_its_reference_number_trimmed()
    {
        var decision = BoardDecision.Of(new DateOnly(2021, 11, 26), "  Dnr 2021/45 ", [2023, 2022, 2023]);

        Assert.Equal(new DateOnly(2021, 11, 26), decision.DecidedOn);
        Assert.Equal("Dnr 2021/45", decision.ReferenceNumber);
        Assert.Equal([2022, 2023], decision.GrantedYears);
    }
}
