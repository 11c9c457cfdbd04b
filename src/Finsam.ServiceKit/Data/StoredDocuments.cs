using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.Grpc;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace Finsam.ServiceKit.Data;

// The update of a resource kept as a JSON document (a budget, goals, a template, a plan
// text), done one way everywhere: the mask's fields replace what is stored (AIP-134), the
// result is validated whole, the caller's etag must match (AIP-154), and the change and its
// audit record are saved together.
public static class StoredDocuments
{
    // The fields the service sets; they are never part of what is stored.
    private static readonly string[] ServiceFields = ["name", "etag", "update_time", "create_time"];

    public static async Task<TEntity> UpdateDocumentAsync<TEntity, TMessage>(
        this DbContext db,
        DocumentUpdate<TEntity, TMessage> update,
        ServerCallContext context,
        TimeProvider clock,
        CancellationToken ct)
        where TEntity : class, IStoredDocument
        where TMessage : class, IMessage<TMessage>, new()
    {
        var (before, proposed) = update.Propose();
        var entity = update.Stored;
        if (entity is null)
        {
            entity = update.Create();
            db.Add(entity);
        }
        else
        {
            db.ExpectEtag(entity, e => e.RowVersion, update.Etag, update.Name);
        }
        entity.DocumentJson = update.Serialize?.Invoke(proposed) ?? Serialize(proposed);
        update.Touch?.Invoke(entity);
        db.Record(context, clock, update.Federation, update.Name, before, update.ToContract(entity));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException raced) when (raced.IsUniqueViolation())
        {
            // Two first writes raced: the later one was based on a version it never saw.
            throw GrpcErrors.StaleEtag(update.Name);
        }
        return entity;
    }

    // The resource as it is (null when there is none yet) and as the update would leave it,
    // judged whole; nothing is saved. What UpdateDocumentAsync saves, and what a computation
    // of an unsaved edit works on.
    public static (TMessage? Before, TMessage Proposed) Propose<TEntity, TMessage>(this DocumentUpdate<TEntity, TMessage> update)
        where TEntity : class, IStoredDocument
        where TMessage : class, IMessage<TMessage>, new()
    {
        var violations = new FieldViolations();
        var paths = UpdateMasks.Resolve(update.Mask, update.Updatable, "update_mask", violations);
        violations.ThrowIfAny();

        if (update.Stored is null && !update.AllowMissing)
        {
            throw GrpcErrors.NotFound(update.Name);
        }
        var before = update.Stored is null ? null : update.ToContract(update.Stored);
        var proposed = before?.Clone() ?? new TMessage();
        UpdateMasks.Apply(proposed, update.Changes, paths);
        update.Validate(proposed, violations);
        violations.ThrowIfAny();
        return (before, proposed);
    }

    // What the federation entered, without the fields the service sets.
    public static string Serialize<TMessage>(TMessage message) where TMessage : IMessage<TMessage>
    {
        var entered = message.Clone();
        foreach (var field in ServiceFields)
        {
            entered.Descriptor.FindFieldByName(field)?.Accessor.Clear(entered);
        }
        return JsonFormatter.Default.Format(entered);
    }

    public static TMessage Deserialize<TMessage>(IStoredDocument entity) where TMessage : IMessage<TMessage>, new() =>
        new MessageParser<TMessage>(() => new TMessage()).ParseJson(entity.DocumentJson);
}

// One update of a stored document: the row as loaded (null when there is none yet) and what
// the caller asked for.
public sealed record DocumentUpdate<TEntity, TMessage>(
    string Federation,
    string Name,
    TEntity? Stored,
    TMessage Changes,
    FieldMask? Mask,
    string Etag,
    IReadOnlyCollection<string> Updatable,
    Func<TEntity, TMessage> ToContract,
    Action<TMessage, FieldViolations> Validate,
    Func<TEntity> Create)
    where TEntity : class, IStoredDocument
    where TMessage : class, IMessage<TMessage>, new()
{
    // AIP-134's allow_missing: an update may create the resource.
    public bool AllowMissing { get; init; }

    // Sets what changes with every write, such as an update time.
    public Action<TEntity>? Touch { get; init; }

    // What is stored of the resource, when the service sets more fields than the usual ones
    // (a budget's status and version); by default the resource without its name, etag and times.
    public Func<TMessage, string>? Serialize { get; init; }
}
