using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Resources;

namespace Finsam.ServiceKit.Tests.Resources;

public sealed class RequestIdsTests
{
    [Theory]
    [InlineData("", false, false)]
    [InlineData("", true, true)]
    [InlineData("a1b2", true, false)]
    public void Required_only_where_the_rpc_needs_it(string requestId, bool required, bool refused)
    {
        Assert.Equal(refused, RequestIds.Validate(requestId, new FieldViolations(), required).Any);
    }

    [Fact]
    public void At_most_128_characters()
    {
        Assert.False(RequestIds.Validate(new string('x', 128), new FieldViolations()).Any);
        var violation = Assert.Single(RequestIds.Validate(new string('x', 129), new FieldViolations()).Items);
        Assert.Equal(("request_id", "TOO_LONG"), (violation.Field, violation.Reason));
    }

    [Fact]
    public void No_request_id_is_stored_as_null_so_that_creates_without_one_never_collide()
    {
        Assert.Null(RequestIds.Stored(""));
        Assert.Equal("r-1", RequestIds.Stored("r-1"));
    }
}
