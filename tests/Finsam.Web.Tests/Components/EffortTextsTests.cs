using Finsam.Contracts.Grants.V1;
using Finsam.Web.Components.Shared;

namespace Finsam.Web.Tests.Components;

public sealed class EffortTextsTests
{
    [Theory]
    [InlineData("2022-01-01", "", "Från 1 januari 2022")]
    [InlineData("2022-01-01", "2023-12-31", "1 januari 2022 – 31 december 2023")]
    [InlineData("", "", "Ej angiven")]
    public void A_period_reads_as_the_plans_print_dates(string start, string end, string text) =>
        Assert.Equal(text, EffortTexts.Period(new Effort { StartOn = start, EndOn = end }));

    [Fact]
    public void A_decision_reads_year_by_year_in_kronor() =>
        Assert.Equal("2022: 1 894 000 kr, 2023: 80 000,50 kr", EffortTexts.Granted(new Decision
        {
            Granted = { new GrantedYear { Year = 2023, AmountOre = 8_000_050 }, new GrantedYear { Year = 2022, AmountOre = 189_400_000 } },
        }).Replace('\u00A0', ' '));

    [Theory]
    [InlineData(3, "+3")]
    [InlineData(-2, "\u22122")]
    [InlineData(0, "0")]
    public void A_change_is_signed(int change, string text) => Assert.Equal(text, EffortTexts.Change(change));

    [Fact]
    public void A_refused_update_names_the_decided_years_once_each() =>
        Assert.StartsWith("Styrelsen har beslutat om pengar för 2022, 2023:", EffortTexts.WhyNotUpdate([2023, 2022, 2023]));
}
