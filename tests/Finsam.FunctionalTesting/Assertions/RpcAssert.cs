using Google.Rpc;
using Grpc.Core;
using Xunit;

namespace Finsam.FunctionalTesting.Assertions;

// Statuses as clients rely on them (the same checks as the system tests' RpcAssert).
public static class RpcAssert
{
    public static async Task<RpcException> FailsWith(StatusCode expected, Func<Task> call)
    {
        var failure = await Assert.ThrowsAsync<RpcException>(call);
        Assert.True(expected == failure.StatusCode, $"Expected {expected}, got {failure.StatusCode}: {failure.Status.Detail}");
        return failure;
    }

    // InvalidArgument whose BadRequest details name these fields (returned in order), each
    // with a stable reason code beside its English description.
    public static async Task<IReadOnlyList<string>> IsInvalid(Func<Task> call) =>
        (await Violations(call)).Select(v => v.Field).ToList();

    // As IsInvalid, with each field's reason: ("effort.kind", "REQUIRED").
    public static async Task<IReadOnlyList<(string Field, string Reason)>> IsInvalidWithReasons(Func<Task> call) =>
        (await Violations(call)).Select(v => (v.Field, v.Reason)).ToList();

    private static async Task<IReadOnlyList<BadRequest.Types.FieldViolation>> Violations(Func<Task> call)
    {
        var failure = await FailsWith(StatusCode.InvalidArgument, call);
        var badRequest = failure.GetRpcStatus()?.GetDetail<BadRequest>()
            ?? throw new Xunit.Sdk.XunitException("InvalidArgument came without BadRequest field violations.");
        Assert.NotEmpty(badRequest.FieldViolations);
        Assert.All(badRequest.FieldViolations, v => Assert.False(string.IsNullOrWhiteSpace(v.Description)));
        Assert.All(badRequest.FieldViolations, v => Assert.Matches("^[A-Z][A-Z_]*$", v.Reason));
        Assert.DoesNotContain("Finsam.", failure.Status.Detail);
        return badRequest.FieldViolations;
    }
}
