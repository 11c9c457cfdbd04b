using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Status = Google.Rpc.Status;

namespace Finsam.ServiceKit.Grpc;

// The error model of every Finsam RPC: google.rpc.Status with details (AIP-193).
public static class GrpcErrors
{
    public static RpcException InvalidArgument(FieldViolations violations)
    {
        var badRequest = new BadRequest();
        badRequest.FieldViolations.AddRange(violations.Items);
        var summary = string.Join("; ", violations.Items.Select(v => $"{v.Field}: {v.Description}"));
        return new Status
        {
            Code = (int)Code.InvalidArgument,
            Message = $"The request is not valid: {summary}",
            Details = { Any.Pack(badRequest) },
        }.ToRpcException();
    }

    public static RpcException NotFound(string resourceName) => new Status
    {
        Code = (int)Code.NotFound,
        Message = $"{resourceName} does not exist.",
        Details = { Any.Pack(new ResourceInfo { ResourceName = resourceName, Description = "not found" }) },
    }.ToRpcException();

    public static RpcException AlreadyExists(string resourceName) => new Status
    {
        Code = (int)Code.AlreadyExists,
        Message = $"{resourceName} already exists.",
        Details = { Any.Pack(new ResourceInfo { ResourceName = resourceName, Description = "already exists" }) },
    }.ToRpcException();

    // type: the rule's stable code, where a client app words the refusal itself.
    public static RpcException FailedPrecondition(string subject, string reason, string type = "") => new Status
    {
        Code = (int)Code.FailedPrecondition,
        Message = reason,
        Details = { Any.Pack(new PreconditionFailure { Violations = { new PreconditionFailure.Types.Violation { Type = type, Subject = subject, Description = reason } } }) },
    }.ToRpcException();

    public static RpcException StaleEtag(string resourceName) => new Status
    {
        Code = (int)Code.Aborted,
        Message = $"{resourceName} was changed by someone else; read it again and retry with its new etag.",
        Details = { Any.Pack(new ErrorInfo { Reason = "STALE_ETAG", Domain = "finsam" }) },
    }.ToRpcException();

    public static RpcException Unavailable(string dependency) => new Status
    {
        Code = (int)Code.Unavailable,
        Message = $"{dependency} is unavailable; try again shortly.",
    }.ToRpcException();
}
