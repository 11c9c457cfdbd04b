using Google.Rpc;
using Grpc.Core;

namespace Finsam.SystemTests.Infrastructure;

public static class RpcAssert
{
    public static async Task<RpcException> FailsWith(StatusCode expected, Func<Task> call)
    {
        var failure = await Assert.ThrowsAsync<RpcException>(call);
        Assert.True(expected == failure.StatusCode, $"Expected {expected}, got {failure.StatusCode}: {failure.Status.Detail}");
        return failure;
    }

    // InvalidArgument whose BadRequest details name these fields (returned), each with a reason code.
    public static async Task<IReadOnlyList<string>> IsInvalid(Func<Task> call)
    {
        var failure = await FailsWith(StatusCode.InvalidArgument, call);
        var badRequest = failure.GetRpcStatus()?.GetDetail<BadRequest>()
            ?? throw new Xunit.Sdk.XunitException("InvalidArgument came without BadRequest field violations.");
        Assert.NotEmpty(badRequest.FieldViolations);
        Assert.All(badRequest.FieldViolations, v => Assert.False(string.IsNullOrWhiteSpace(v.Description)));
        // A stable code beside the English text, so a client can show its own words.
        Assert.All(badRequest.FieldViolations, v => Assert.Matches("^[A-Z][A-Z_]*$", v.Reason));
        Assert.DoesNotContain("Finsam.Contracts", failure.Status.Detail);
        return badRequest.FieldViolations.Select(v => v.Field).ToList();
    }
}
