using Finsam.Grants.Domain;

namespace Finsam.Grants.Tests.Domain;

public sealed class CatalogueTests
{
    [Fact]
    public void The_catalogue_offers_what_can_be_taken_part_in_now_granted_or_running()
    {
        Assert.Equal([EffortStatus.Granted, EffortStatus.Running], Catalogue.ListedStatuses.Order());
    }

    [Fact]
    public void An_ended_effort_has_money_but_is_no_longer_offered()
    {
        Assert.True(EffortTransitions.HasMoney(EffortStatus.Ended));
        Assert.DoesNotContain(EffortStatus.Ended, Catalogue.ListedStatuses);
    }
}
