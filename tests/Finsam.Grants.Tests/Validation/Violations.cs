using Google.Rpc;
using Grpc.Core;

namespace Finsam.Grants.Tests.Validation;

// The field violations an InvalidArgument carries, as (field, reason) in the order found.
public static class Violations
{
    public static IReadOnlyList<(string Field, string Reason)> Of(Action validate)
    {
        var failure = Assert.Throws<RpcException>(validate);
        Assert.Equal(StatusCode.InvalidArgument, failure.StatusCode);
        var badRequest = failure.GetRpcStatus()!.GetDetail<BadRequest>();
        return badRequest.FieldViolations.Select(v => (v.Field, v.Reason)).ToList();
    }

    public static IReadOnlyList<string> FieldsOf(Action validate) => Of(validate).Select(v => v.Field).ToList();
}
