using Finsam.Funding.Data;
using Finsam.Funding.Validation;
using Finsam.ServiceDefaults.Audit;
using Finsam.ServiceDefaults.Grpc;
using Finsam.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Contract = Finsam.Contracts.Funding.V1;

namespace Finsam.Funding.Grpc;

public sealed partial class FundingService
{
    private static readonly string[] UpdatableAllocationFields = ["state_amount_ore", "status"];

    [FederationAccess(Access.Write)]
    public override async Task<Contract.Allocation> CreateAllocation(Contract.CreateAllocationRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var federationId = ResourceNames.ParseFederation(request.Parent, "parent", violations);
        if (request.Allocation is null)
        {
            violations.Add("allocation", "Required.");
        }
        else
        {
            years.Validate(request.Allocation.Year, "allocation.year", violations);
            AllocationValidator.ValidateAmountAndStatus(request.Allocation, "allocation", violations);
        }
        ValidateRequestId(request.RequestId, violations);
        violations.ThrowIfAny();

        var ct = context.CancellationToken;
        await RequireFederationAsync(federationId!, ct);

        var requestId = NullIfEmpty(request.RequestId);
        if (requestId is not null && await FindAllocationByRequestAsync(federationId!, requestId, ct) is { } earlier)
        {
            return earlier.ToContract();
        }

        var year = request.Allocation!.Year;
        var name = ResourceNames.Allocation(federationId!, year);
        if (await db.Allocations.AnyAsync(a => a.FederationId == federationId && a.Year == year, ct))
        {
            throw GrpcErrors.AlreadyExists(name);
        }

        var now = Now();
        var entity = new AllocationEntity
        {
            FederationId = federationId!,
            Year = year,
            StateAmountOre = request.Allocation.StateAmountOre,
            Status = request.Allocation.Status.ToDomain(),
            RequestId = requestId,
            CreateTime = now,
            UpdateTime = now,
        };
        db.Allocations.Add(entity);
        db.Record(context, federationId!, name, before: null, after: entity.ToContract());

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException exception) when (IsUniqueViolation(exception))
        {
            db.ChangeTracker.Clear();
            if (requestId is not null && await FindAllocationByRequestAsync(federationId!, requestId, ct) is { } winner)
            {
                return winner.ToContract();
            }
            throw GrpcErrors.AlreadyExists(name);
        }
        return entity.ToContract();
    }

    [FederationAccess(Access.Read)]
    public override async Task<Contract.Allocation> GetAllocation(Contract.GetAllocationRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var key = ResourceNames.ParseYearChild(request.Name, "allocations", "name", violations);
        violations.ThrowIfAny();

        var (federationId, year) = key!.Value;
        var ct = context.CancellationToken;
        await RequireFederationAsync(federationId, ct);
        var entity = await db.Allocations.AsNoTracking()
            .SingleOrDefaultAsync(a => a.FederationId == federationId && a.Year == year, ct)
            ?? throw GrpcErrors.NotFound(request.Name);
        return entity.ToContract();
    }

    [FederationAccess(Access.Read)]
    public override async Task<Contract.ListAllocationsResponse> ListAllocations(Contract.ListAllocationsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var federationId = ResourceNames.ParseFederation(request.Parent, "parent", violations);
        var pageSize = Paging.PageSize(request.PageSize, violations);
        var after = Paging.Decode(request.PageToken, violations);
        var afterYear = 0;
        if (after is not null && !int.TryParse(after, out afterYear))
        {
            violations.Add("page_token", "Not a page token from a previous answer.");
        }
        violations.ThrowIfAny();

        var ct = context.CancellationToken;
        await RequireFederationAsync(federationId!, ct);
        var page = await db.Allocations.AsNoTracking()
            .Where(a => a.FederationId == federationId && a.Year > afterYear)
            .OrderBy(a => a.Year)
            .Take(pageSize + 1)
            .ToListAsync(ct);

        var response = new Contract.ListAllocationsResponse();
        response.Allocations.AddRange(page.Take(pageSize).Select(a => a.ToContract()));
        if (page.Count > pageSize)
        {
            response.NextPageToken = Paging.Encode(page[pageSize - 1].Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return response;
    }

    [FederationAccess(Access.Write)]
    public override async Task<Contract.Allocation> UpdateAllocation(Contract.UpdateAllocationRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        if (request.Allocation is null)
        {
            FieldViolations.Throw("allocation", "Required.");
        }
        var key = ResourceNames.ParseYearChild(request.Allocation!.Name, "allocations", "allocation.name", violations);
        var paths = UpdateMasks.Resolve(request.UpdateMask, UpdatableAllocationFields, "update_mask", violations);
        violations.ThrowIfAny();

        var (federationId, year) = key!.Value;
        var ct = context.CancellationToken;
        await RequireFederationAsync(federationId, ct);
        var entity = await db.Allocations.SingleOrDefaultAsync(a => a.FederationId == federationId && a.Year == year, ct)
            ?? throw GrpcErrors.NotFound(request.Allocation.Name);
        var before = entity.ToContract();

        var proposed = before.Clone();
        if (paths.Contains("state_amount_ore")) proposed.StateAmountOre = request.Allocation.StateAmountOre;
        if (paths.Contains("status")) proposed.Status = request.Allocation.Status;
        AllocationValidator.ValidateAmountAndStatus(proposed, "allocation", violations);
        violations.ThrowIfAny();

        ExpectEtag(db, entity, entity.Version, request.Allocation.Etag, request.Allocation.Name);
        entity.StateAmountOre = proposed.StateAmountOre;
        entity.Status = proposed.Status.ToDomain();
        entity.UpdateTime = Now();
        db.Record(context, federationId, request.Allocation.Name, before, entity.ToContract());

        await db.SaveChangesAsync(ct);
        return entity.ToContract();
    }

    private Task<AllocationEntity?> FindAllocationByRequestAsync(string federationId, string requestId, CancellationToken ct) =>
        db.Allocations.SingleOrDefaultAsync(a => a.FederationId == federationId && a.RequestId == requestId, ct);
}
