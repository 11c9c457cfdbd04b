using Finsam.Funding.Data;
using Finsam.Funding.Validation;
using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceDefaults.Security;
using Finsam.ServiceKit.Security;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Contract = Finsam.Contracts.Funding.V1;

namespace Finsam.Funding.Grpc;

public sealed partial class FundingService
{
    private static readonly string[] UpdatableFederationFields =
        ["display_name", "municipal_share_basis", "regional_share_basis", "members"];

    public override async Task<Contract.Federation> CreateFederation(Contract.CreateFederationRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        if (!FederationValidator.IdPattern().IsMatch(request.FederationId))
        {
            violations.Add("federation_id", ViolationReason.InvalidFormat, "Use 1 to 63 lower-case letters, digits and hyphens, starting with a letter.");
        }
        if (request.Federation is null)
        {
            violations.Add("federation", ViolationReason.Required, "Required.");
        }
        else
        {
            FederationValidator.Validate(request.Federation, "federation", violations);
        }
        ValidateRequestId(request.RequestId, violations);
        violations.ThrowIfAny();

        var ct = context.CancellationToken;
        var requestId = NullIfEmpty(request.RequestId);
        if (requestId is not null && await db.Federations.SingleOrDefaultAsync(f => f.RequestId == requestId, ct) is { } earlier)
        {
            return earlier.ToContract();
        }

        var now = clock.StoredNow();
        var entity = new FederationEntity
        {
            Id = request.FederationId,
            DisplayName = request.Federation!.DisplayName.Trim(),
            MunicipalShareBasis = request.Federation.MunicipalShareBasis.ToDomain(),
            RegionalShareBasis = request.Federation.RegionalShareBasis.ToDomain(),
            Members = request.Federation.Members.Select(m => m.ToDomain()).ToList(),
            RequestId = requestId,
            CreateTime = now,
            UpdateTime = now,
        };
        db.Federations.Add(entity);
        db.Record(context, clock, entity.Id, ResourceNames.Federation(entity.Id), before: null, after: entity.ToContract());

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // Someone else created it first: the same request again, or the same id.
            db.ChangeTracker.Clear();
            if (requestId is not null && await db.Federations.SingleOrDefaultAsync(f => f.RequestId == requestId, ct) is { } winner)
            {
                return winner.ToContract();
            }
            throw GrpcErrors.AlreadyExists(ResourceNames.Federation(request.FederationId));
        }
        return entity.ToContract();
    }

    public override async Task<Contract.Federation> GetFederation(Contract.GetFederationRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        ResourceNames.ParseFederation(request.Name, "name", violations);
        var id = context.FederationId();
        violations.ThrowIfAny();

        var entity = await db.Federations.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, context.CancellationToken)
            ?? throw GrpcErrors.NotFound(request.Name);
        return entity.ToContract();
    }

    public override async Task<Contract.ListFederationsResponse> ListFederations(Contract.ListFederationsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var pageSize = Paging.PageSize(request.PageSize, violations);
        var after = Paging.Decode(request.PageToken, violations) ?? "";
        violations.ThrowIfAny();

        // A federation's staff see their own federations only.
        var readable = FinsamCaller.From(context.GetHttpContext().User)?.ReadableFederations?.ToArray();
        var page = await db.Federations.AsNoTracking()
            .Where(f => readable == null || readable.Contains(f.Id))
            .Where(f => string.Compare(f.Id, after) > 0)
            .OrderBy(f => f.Id)
            .Take(pageSize + 1)
            .ToListAsync(context.CancellationToken);

        var response = new Contract.ListFederationsResponse();
        response.Federations.AddRange(page.Take(pageSize).Select(f => f.ToContract()));
        response.NextPageToken = Paging.NextPageToken(page, pageSize, f => f.Id);
        return response;
    }

    public override async Task<Contract.Federation> UpdateFederation(Contract.UpdateFederationRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        if (request.Federation is null)
        {
            FieldViolations.Throw("federation", ViolationReason.Required, "Required.");
        }
        ResourceNames.ParseFederation(request.Federation!.Name, "federation.name", violations);
        var id = context.FederationId();
        var paths = UpdateMasks.Resolve(request.UpdateMask, UpdatableFederationFields, "update_mask", violations);
        violations.ThrowIfAny();

        var entity = await db.Federations.SingleOrDefaultAsync(f => f.Id == id, context.CancellationToken)
            ?? throw GrpcErrors.NotFound(request.Federation.Name);
        var before = entity.ToContract();

        // The federation as it would be after the update is what must be valid.
        var proposed = before.Clone();
        if (paths.Contains("display_name")) proposed.DisplayName = request.Federation.DisplayName;
        if (paths.Contains("municipal_share_basis")) proposed.MunicipalShareBasis = request.Federation.MunicipalShareBasis;
        if (paths.Contains("regional_share_basis")) proposed.RegionalShareBasis = request.Federation.RegionalShareBasis;
        if (paths.Contains("members"))
        {
            proposed.Members.Clear();
            proposed.Members.AddRange(request.Federation.Members);
        }
        FederationValidator.Validate(proposed, "federation", violations);
        violations.ThrowIfAny();

        db.ExpectEtag(entity, e => e.Version, request.Federation.Etag, request.Federation.Name);
        entity.DisplayName = proposed.DisplayName.Trim();
        entity.MunicipalShareBasis = proposed.MunicipalShareBasis.ToDomain();
        entity.RegionalShareBasis = proposed.RegionalShareBasis.ToDomain();
        entity.Members = proposed.Members.Select(m => m.ToDomain()).ToList();
        entity.UpdateTime = clock.StoredNow();
        db.Record(context, clock, entity.Id, request.Federation.Name, before, entity.ToContract());

        await db.SaveChangesAsync(context.CancellationToken);
        return entity.ToContract();
    }

    public override async Task<Empty> DeleteFederation(Contract.DeleteFederationRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        ResourceNames.ParseFederation(request.Name, "name", violations);
        var id = context.FederationId();
        violations.ThrowIfAny();

        var ct = context.CancellationToken;
        var entity = await db.Federations.SingleOrDefaultAsync(f => f.Id == id, ct)
            ?? throw GrpcErrors.NotFound(request.Name);
        if (await db.Allocations.AnyAsync(a => a.FederationId == id, ct)
            || await db.OtherIncome.AnyAsync(o => o.FederationId == id, ct)
            || await db.InstalmentPlans.AnyAsync(p => p.FederationId == id, ct)
            || await db.Invoices.AnyAsync(i => i.FederationId == id, ct))
        {
            throw GrpcErrors.FailedPrecondition(request.Name, "The federation has funding on record and cannot be deleted.");
        }

        db.ExpectEtag(entity, e => e.Version, request.Etag, request.Name);
        db.Record(context, clock, entity.Id, request.Name, entity.ToContract(), after: null);
        db.Federations.Remove(entity);
        await db.SaveChangesAsync(ct);
        return new Empty();
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrEmpty(value) ? null : value;
}
