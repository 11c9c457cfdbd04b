using Finsam.Grants.Data;
using Finsam.Grants.Domain;
using Finsam.Grants.Validation;
using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceDefaults.Security;
using Finsam.ServiceKit.Security;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Contract = Finsam.Contracts.Grants.V1;

namespace Finsam.Grants.Grpc;

public sealed partial class GrantsService
{
    private static readonly string[] UpdatableEffortFields =
        ["display_name", "description", "kind", "cost_group", "owner", "target_group", "municipality", "start_on", "end_on", "cost_lines", "public"];

    public override async Task<Contract.Effort> CreateEffort(Contract.CreateEffortRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        ResourceNamePattern.Match(request.Parent, "federations/*", "parent", violations);
        violations.AddWhen(ResourceNamePattern.Match($"x/{request.EffortId}", "x/*") is null, "effort_id", ViolationReason.InvalidFormat,
            "Use 1 to 63 lower-case letters, digits and hyphens.");
        if (request.Effort is null)
        {
            violations.Add("effort", ViolationReason.Required, "Required.");
        }
        else
        {
            EffortValidator.Validate(request.Effort, "effort", LastYear, violations);
        }
        ValidateRequestId(request.RequestId, violations);
        violations.ThrowIfAny();

        var federationId = context.FederationId();
        var ct = context.CancellationToken;
        await federations.EnsureExistsAsync(federationId, ct);
        var requestId = NullIfEmpty(request.RequestId);
        if (requestId is not null && await db.Efforts.AsNoTracking().SingleOrDefaultAsync(e => e.FederationId == federationId && e.RequestId == requestId, ct) is { } earlier)
        {
            return earlier.ToContract();
        }
        var name = GrantsMapping.EffortName(federationId, request.EffortId);
        if (await db.Efforts.AnyAsync(e => e.FederationId == federationId && e.Id == request.EffortId, ct))
        {
            throw GrpcErrors.AlreadyExists(name);
        }

        var now = clock.StoredNow();
        var entity = new EffortEntity
        {
            FederationId = federationId,
            Id = request.EffortId,
            DisplayName = "",
            Status = EffortStatus.Draft,
            RequestId = requestId,
            CreateTime = now,
            UpdateTime = now,
        };
        Apply(entity, request.Effort!, UpdatableEffortFields);
        db.Efforts.Add(entity);
        db.Record(context, clock, federationId, name, before: null, after: entity.ToContract());

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            if (requestId is not null && await db.Efforts.AsNoTracking().SingleOrDefaultAsync(e => e.FederationId == federationId && e.RequestId == requestId, ct) is { } winner)
            {
                return winner.ToContract();
            }
            throw GrpcErrors.AlreadyExists(name);
        }
        return entity.ToContract();
    }

    public override async Task<Contract.Effort> GetEffort(Contract.GetEffortRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var ids = ResourceNamePattern.Match(request.Name, "federations/*/efforts/*", "name", violations);
        violations.ThrowIfAny();

        return (await RequireEffortAsync(context.FederationId(), ids![1], context.CancellationToken, tracked: false)).ToContract();
    }

    public override async Task<Contract.ListEffortsResponse> ListEfforts(Contract.ListEffortsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        ResourceNamePattern.Match(request.Parent, "federations/*", "parent", violations);
        var pageSize = Paging.PageSize(request.PageSize, violations);
        var after = Paging.Decode(request.PageToken, violations) ?? "";
        if (request.Year != 0)
        {
            ValidateYear(request.Year, "year", violations);
        }
        var status = request.Status == Contract.EffortStatus.Unspecified ? null : request.Status.ToDomain();
        violations.AddWhen(request.Status != Contract.EffortStatus.Unspecified && status is null, "status", ViolationReason.InvalidValue, "Unknown status.");
        violations.AddWhen(request.Kind != Contract.EffortKind.Unspecified && !System.Enum.IsDefined(request.Kind), "kind", ViolationReason.InvalidValue, "Unknown kind.");
        violations.ThrowIfAny();

        var federationId = context.FederationId();
        var query = db.Efforts.AsNoTracking().Where(e => e.FederationId == federationId && string.Compare(e.Id, after) > 0);
        if (status is { } wanted)
        {
            query = query.Where(e => e.Status == wanted);
        }
        if (request.Kind != Contract.EffortKind.Unspecified)
        {
            var kind = request.Kind.ToDomain();
            query = query.Where(e => e.Kind == kind);
        }
        // The year filter looks inside the cost lines, so it runs here, page by page.
        var found = new List<EffortEntity>();
        var cursor = after;
        while (found.Count <= pageSize)
        {
            var batch = await query.Where(e => string.Compare(e.Id, cursor) > 0).OrderBy(e => e.Id).Take(pageSize + 1).ToListAsync(context.CancellationToken);
            found.AddRange(batch.Where(e => request.Year == 0 || e.CostLines.Any(l => l.Year == request.Year)));
            if (batch.Count <= pageSize)
            {
                break;
            }
            cursor = batch[^1].Id;
        }

        var response = new Contract.ListEffortsResponse();
        response.Efforts.AddRange(found.Take(pageSize).Select(e => e.ToContract()));
        response.NextPageToken = Paging.NextPageToken(found, pageSize, e => e.Id);
        return response;
    }

    public override async Task<Contract.Effort> UpdateEffort(Contract.UpdateEffortRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        if (request.Effort is null)
        {
            FieldViolations.Throw("effort", ViolationReason.Required, "Required.");
        }
        var ids = ResourceNamePattern.Match(request.Effort!.Name, "federations/*/efforts/*", "effort.name", violations);
        var paths = UpdateMasks.Resolve(request.UpdateMask, UpdatableEffortFields, "update_mask", violations);
        violations.ThrowIfAny();

        var ct = context.CancellationToken;
        var entity = await RequireEffortAsync(context.FederationId(), ids![1], ct);
        var before = entity.ToContract();
        var proposed = before.Clone();
        UpdateMasks.Apply(proposed, request.Effort, paths);
        EffortValidator.Validate(proposed, "effort", LastYear, violations);
        violations.ThrowIfAny();

        db.ExpectEtag(entity, e => e.Version, request.Effort.Etag, request.Effort.Name);
        Apply(entity, proposed, UpdatableEffortFields);
        entity.UpdateTime = clock.StoredNow();
        db.Record(context, clock, entity.FederationId, request.Effort.Name, before, entity.ToContract());
        await db.SaveChangesAsync(ct);
        return entity.ToContract();
    }

    public override async Task<Empty> DeleteEffort(Contract.DeleteEffortRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var ids = ResourceNamePattern.Match(request.Name, "federations/*/efforts/*", "name", violations);
        violations.ThrowIfAny();

        var ct = context.CancellationToken;
        var entity = await RequireEffortAsync(context.FederationId(), ids![1], ct);
        if (!EffortTransitions.CanBeDeleted(entity.Status) || await db.Decisions.AnyAsync(d => d.FederationId == entity.FederationId && d.EffortId == entity.Id, ct))
        {
            throw GrpcErrors.FailedPrecondition(request.Name, "An effort that was granted money stays on record; withdraw or end it instead.");
        }
        db.ExpectEtag(entity, e => e.Version, request.Etag, request.Name);
        db.Record(context, clock, entity.FederationId, request.Name, entity.ToContract(), after: null);
        db.Efforts.Remove(entity);
        await db.SaveChangesAsync(ct);
        return new Empty();
    }

    public override async Task<Contract.Effort> TransitionEffort(Contract.TransitionEffortRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var ids = ResourceNamePattern.Match(request.Name, "federations/*/efforts/*", "name", violations);
        var to = request.Status.ToDomain();
        violations.AddWhen(to is null, "status", ViolationReason.Required, "Give the status to move to.");
        violations.ThrowIfAny();

        var ct = context.CancellationToken;
        var entity = await RequireEffortAsync(context.FederationId(), ids![1], ct);
        var hasDecision = await db.Decisions.AnyAsync(d => d.FederationId == entity.FederationId && d.EffortId == entity.Id, ct);
        if (EffortTransitions.WhyNot(entity.Status, to!.Value, hasDecision) is { } reason)
        {
            throw GrpcErrors.FailedPrecondition(request.Name, reason);
        }

        db.ExpectEtag(entity, e => e.Version, request.Etag, request.Name);
        var before = entity.ToContract();
        entity.Status = to.Value;
        entity.UpdateTime = clock.StoredNow();
        db.Record(context, clock, entity.FederationId, request.Name, before, entity.ToContract());
        await db.SaveChangesAsync(ct);
        return entity.ToContract();
    }

    // Copies a valid effort's fields onto the stored one.
    private static void Apply(EffortEntity entity, Contract.Effort effort, IReadOnlyCollection<string> paths)
    {
        if (paths.Contains("display_name")) entity.DisplayName = effort.DisplayName.Trim();
        if (paths.Contains("description")) entity.Description = effort.Description.Trim();
        if (paths.Contains("kind")) entity.Kind = effort.Kind.ToDomain();
        if (paths.Contains("cost_group")) entity.CostGroup = effort.CostGroup.Trim();
        if (paths.Contains("owner")) entity.Owner = effort.Owner.Trim();
        if (paths.Contains("target_group")) entity.TargetGroup = effort.TargetGroup.Trim();
        if (paths.Contains("municipality")) entity.Municipality = effort.Municipality.Trim();
        if (paths.Contains("start_on")) entity.StartOn = EffortValidator.Date(effort.StartOn, "", new FieldViolations());
        if (paths.Contains("end_on")) entity.EndOn = EffortValidator.Date(effort.EndOn, "", new FieldViolations());
        if (paths.Contains("cost_lines")) entity.CostLines = effort.CostLines.Select(l => new CostLine(l.Year, l.Description.Trim(), l.AmountOre)).ToList();
        if (paths.Contains("public")) entity.Public = effort.Public;
    }
}
