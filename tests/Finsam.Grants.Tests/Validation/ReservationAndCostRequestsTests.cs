using Finsam.Contracts.Grants.V1;
using Finsam.Grants.Domain;
using Finsam.Grants.Validation;
using Finsam.ServiceKit.Resources;

namespace Finsam.Grants.Tests.Validation;

public sealed class ReservationAndCostRequestsTests
{
    private static readonly PlanYears Years = new(FixedClock.In2025);

    private static SetReservationRequest Reserve(string name, long amountOre = 555_800_000, string label = " Nya aktiviteter/insatser ") =>
        new() { Reservation = new Reservation { Name = name, AmountOre = amountOre, Label = label } };

    [Fact]
    public void A_reservation_is_for_the_year_its_name_ends_with()
    {
        Assert.Equal(new Reserved(2023, 555_800_000, "Nya aktiviteter/insatser"), ReservationRequests.Validate(Reserve("federations/sundsvall/reservations/2023"), Years));
    }

    [Theory]
    [InlineData("federations/sundsvall/reservations/tjugo", "INVALID_FORMAT")]
    [InlineData("federations/sundsvall/reservations/2036", "OUT_OF_RANGE")]
    [InlineData("federations/sundsvall/reservations/1999", "OUT_OF_RANGE")]
    public void The_year_is_a_plan_year_written_in_digits(string name, string reason)
    {
        Assert.Equal([("reservation.name", reason)], Violations.Of(() => ReservationRequests.Validate(Reserve(name), Years)));
    }

    [Fact]
    public void The_amount_is_never_negative_and_the_label_short()
    {
        Assert.Equal(
            [("reservation.amount_ore", "OUT_OF_RANGE"), ("reservation.label", "TOO_LONG")],
            Violations.Of(() => ReservationRequests.Validate(Reserve("federations/sundsvall/reservations/2023", -1, new string('x', 201)), Years)));
    }

    [Fact]
    public void A_reservation_is_required()
    {
        Assert.Equal([("reservation", "REQUIRED")], Violations.Of(() => ReservationRequests.Validate(new SetReservationRequest(), Years)));
    }

    [Fact]
    public void Costs_are_asked_for_plan_years_in_order_and_at_most_twenty_of_them()
    {
        CostRequests.Validate(new GetEffortCostsRequest { Parent = "federations/sundsvall", FirstYear = 2022, LastYear = 2024 }, Years);

        Assert.Equal([("last_year", "INVALID_VALUE")], Violations.Of(() => CostRequests.Validate(new GetEffortCostsRequest { Parent = "federations/sundsvall", FirstYear = 2024, LastYear = 2022 }, Years)));
        Assert.Equal([("last_year", "INVALID_VALUE")], Violations.Of(() => CostRequests.Validate(new GetEffortCostsRequest { Parent = "federations/sundsvall", FirstYear = 2005, LastYear = 2025 }, Years)));
        Assert.Equal([("first_year", "OUT_OF_RANGE")], Violations.Of(() => CostRequests.Validate(new GetEffortCostsRequest { Parent = "federations/sundsvall", FirstYear = 2003, LastYear = 2004 }, Years)));
    }

    [Fact]
    public void A_catalogue_search_has_short_texts()
    {
        var words = new string('a', 201);

        Assert.Equal(
            [("query", "TOO_LONG"), ("target_group", "TOO_LONG"), ("municipality", "TOO_LONG")],
            Violations.Of(() => CatalogueRequests.Validate(new SearchCatalogueRequest { Query = words, TargetGroup = words, Municipality = words })));
    }
}
