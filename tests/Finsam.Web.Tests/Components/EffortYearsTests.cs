using Finsam.Contracts.Grants.V1;
using Finsam.Web.Components.Shared;

namespace Finsam.Web.Tests.Components;

public sealed class EffortYearsTests
{
    [Fact]
    public void The_years_followed_up_are_the_period_and_every_year_a_cost_line_or_decision_names()
    {
        var effort = new Effort { StartOn = "2022-03-01", EndOn = "2023-06-30", CostLines = { new CostLine { Year = 2024 } } };
        var decision = new Decision { Granted = { new GrantedYear { Year = 2021 } } };

        Assert.Equal([2021, 2022, 2023, 2024], EffortYears.Of(effort, [decision], thisYear: 2026));
    }

    [Fact]
    public void An_effort_without_an_end_is_followed_up_to_its_last_cost_line_and_never_past_the_plan_years()
    {
        Assert.Equal([2027, 2028], EffortYears.Of(new Effort { StartOn = "2027-01-01", CostLines = { new CostLine { Year = 2028 } } }, [], thisYear: 2026));
        Assert.Equal([2026], EffortYears.Of(new Effort { StartOn = "2026-01-01" }, [], thisYear: 2026));
        Assert.Equal(12, EffortYears.Of(new Effort { StartOn = "2004-01-01", EndOn = "2099-12-31" }, [], thisYear: 2026).Count);
        Assert.Equal([2036], EffortYears.Of(new Effort { CostLines = { new CostLine { Year = 2036 }, new CostLine { Year = 2037 }, new CostLine { Year = 1999 } } }, [], thisYear: 2026));
    }
}
