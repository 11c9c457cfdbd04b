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

    // InvalidArgument whose BadRequest details name exactly these fields.
    public static async Task<IReadOnlyList<string>> IsInvalid(Func<Task> call)
    {
        var failure = await FailsWith(StatusCode.InvalidArgument, call);
        var badRequest = failure.GetRpcStatus()?.GetDetail<BadRequest>()
            ?? throw new Xunit.Sdk.XunitException("InvalidArgument came without BadRequest field violations.");
        Assert.NotEmpty(badRequest.FieldViolations);
        Assert.All(badRequest.FieldViolations, v => Assert.False(string.IsNullOrWhiteSpace(v.Description)));
        return badRequest.FieldViolations.Select(v => v.Field).ToList();
    }
}
