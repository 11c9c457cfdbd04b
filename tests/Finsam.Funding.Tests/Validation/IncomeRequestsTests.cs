using Finsam.Contracts.Funding.V1;
using Finsam.Funding.Validation;
using Finsam.ServiceKit.Resources;
using Grpc.Core;

namespace Finsam.Funding.Tests.Validation;

public sealed class IncomeRequestsTests
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static readonly PlanYears Years = new(new FixedClock(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero)));

    private static GetIncomeRequest Income(int first, int last, string parent = "federations/sundsvall") =>
        new() { Parent = parent, FirstYear = first, LastYear = last };

    [Theory]
    [InlineData(2022, 2022)]
    [InlineData(2022, 2024)]
    [InlineData(2026, 2036)]
    public void A_range_of_plan_years_of_at_most_ten_after_the_first_is_valid(int first, int last)
    {
        Assert.Equal(new IncomeYears(first, last), IncomeRequests.Validate(Income(first, last), Years));
    }

    [Theory]
    [InlineData(2024, 2022, "last_year")]
    [InlineData(2022, 2033, "last_year")]
    [InlineData(2003, 2005, "first_year")]
    [InlineData(2030, 2037, "last_year")]
    public void A_reversed_too_long_or_out_of_range_span_names_the_field(int first, int last, string field)
    {
        var refused = Assert.Throws<RpcException>(() => IncomeRequests.Validate(Income(first, last), Years));

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains($"{field}:", refused.Status.Detail);
    }

    [Fact]
    public void The_parent_is_a_federation()
    {
        var refused = Assert.Throws<RpcException>(() => IncomeRequests.Validate(Income(2022, 2022, "federations/sundsvall/contributions/2022"), Years));

        Assert.Contains("parent:", refused.Status.Detail);
    }
}
