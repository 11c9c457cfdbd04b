using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Resources;

namespace Finsam.ServiceKit.Tests.Resources;

public sealed class PlanYearsTests
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static readonly PlanYears Years = new(new FixedClock(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData(2004, true)]
    [InlineData(2036, true)]
    [InlineData(2003, false)]
    [InlineData(2037, false)]
    [InlineData(0, false)]
    public void From_2004_to_ten_years_after_today(int year, bool allowed)
    {
        var violations = Years.Validate(year, "year", new FieldViolations());

        Assert.Equal(allowed, Years.Contains(year));
        Assert.Equal(!allowed, violations.Any);
        if (!allowed)
        {
            Assert.Equal("OUT_OF_RANGE", violations.Items.Single().Reason);
            Assert.Equal("The year must be between 2004 and 2036.", violations.Items.Single().Description);
        }
    }

    [Fact]
    public void A_range_must_run_forwards()
    {
        var violations = Years.Validate(2027, "first_year", 2026, "last_year", new FieldViolations());

        Assert.Equal("last_year", Assert.Single(violations.Items).Field);
    }

    [Fact]
    public void The_year_of_a_name_outside_the_range_is_invalid_argument()
    {
        var name = ResourcePattern.Of("federations/{federation}/budgets/{year:int}").Parse("federations/sundsvall/budgets/1999", "name");

        var refused = Assert.Throws<global::Grpc.Core.RpcException>(() => Years.Require(name, "name"));

        Assert.Equal(global::Grpc.Core.StatusCode.InvalidArgument, refused.StatusCode);
    }
}
