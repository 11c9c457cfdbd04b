using Google.Protobuf;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace Finsam.ServiceKit.Audit;

// Adds an audit record to the same unit of work as the change it describes, so the
// change and its record are committed together or not at all.
public static class AuditTrail
{
    public static void Record(
        this DbContext db,
        ServerCallContext context,
        TimeProvider clock,
        string federation,
        string resource,
        IMessage? before,
        IMessage? after)
    {
        db.Set<AuditRecordEntity>().Add(new AuditRecordEntity
        {
            Federation = federation,
            Time = clock.StoredNow(),
            Actor = ActorOf(context),
            Action = ActionOf(context),
            Resource = resource,
            BeforeJson = Snapshot(before),
            AfterJson = Snapshot(after),
        });
    }

    // The resource as JSON, without its etag: an etag is a version stamp, not a fact.
    private static string? Snapshot(IMessage? message)
    {
        if (message is null)
        {
            return null;
        }
        var copy = message.Descriptor.Parser.ParseFrom(message.ToByteString());
        copy.Descriptor.FindFieldByName("etag")?.Accessor.Clear(copy);
        return JsonFormatter.Default.Format(copy);
    }

    public static string ActorOf(ServerCallContext context) =>
        context.GetHttpContext().User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name }
            ? name
            : "anonymous";

    // "/finsam.funding.v1.FundingService/CreateFederation" -> "CreateFederation"
    private static string ActionOf(ServerCallContext context) =>
        context.Method[(context.Method.LastIndexOf('/') + 1)..];
}
