using Finsam.Budget.Domain.FollowUp;

namespace Finsam.Budget.Tests.Domain.FollowUp;

public sealed class ForecastTests
{
    private static readonly LineFollowUp Premises = new("lokaler", "Lokaler", FollowUpSide.Cost, 120_000_00, 40_000_00, 10_000_00, 45_000_00);
    private static readonly LineFollowUp Contributions = new("bidrag", "Medlemsbidrag", FollowUpSide.Income, 1_200_000_00, 400_000_00, 0, 400_000_00);

    [Fact]
    public void A_line_not_entered_is_forecast_as_the_actual_to_date_plus_what_the_budget_has_left()
    {
        var forecast = new Forecast(new DateOnly(2026, 10, 15), new DateOnly(2026, 10, 1));

        Assert.Equal(45_000_00 + 80_000_00, forecast.YearOf(Premises));
        Assert.Equal(1_200_000_00 - 125_000_00, forecast.ResultOre([Premises, Contributions]));
    }

    [Fact]
    public void An_entered_forecast_stands_for_its_line_until_taken_back()
    {
        var forecast = new Forecast(new DateOnly(2026, 10, 15), new DateOnly(2026, 10, 1));

        forecast.Enter("lokaler", 150_000_00);
        Assert.Equal(150_000_00, forecast.YearOf(Premises));

        forecast.Enter("lokaler", null);
        Assert.Equal(125_000_00, forecast.YearOf(Premises));
    }

    [Fact]
    public void A_locked_forecast_stays_as_it_was_reported()
    {
        var forecast = new Forecast(new DateOnly(2026, 10, 15), new DateOnly(2026, 10, 1));
        forecast.Enter("lokaler", 150_000_00);

        forecast.Lock();

        Assert.True(forecast.IsLocked);
        Assert.Throws<InvalidOperationException>(() => forecast.Enter("lokaler", 1));
        Assert.Equal(150_000_00, forecast.YearOf(Premises));
    }
}
