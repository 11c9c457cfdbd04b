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
using Domain = Finsam.Funding.Domain;

namespace Finsam.Funding.Grpc;

public sealed partial class FundingService
{
    private const int MaxNoteLength = 1000;

    public override async Task<Contract.OtherIncome> CreateOtherIncome(Contract.CreateOtherIncomeRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        ResourceNames.ParseFederation(request.Parent, "parent", violations);
        var federationId = context.FederationId();
        if (request.OtherIncome is not { } income)
        {
            violations.Add("other_income", ViolationReason.Required, "Required.");
        }
        else
        {
            years.Validate(income.Year, "other_income.year", violations);
            violations.AddWhen(income.Kind == Contract.OtherIncomeKind.Unspecified || !System.Enum.IsDefined(income.Kind),
                "other_income.kind", ViolationReason.Required, "Give the kind: interest, project grant or other.");
            violations.AddWhen(income.AmountOre is < 0 or > AllocationValidator.MaxAmountOre, "other_income.amount_ore", ViolationReason.OutOfRange, "An amount between 0 and a hundred billion kronor.");
            violations.AddWhen(income.Note.Length > MaxNoteLength, "other_income.note", ViolationReason.TooLong, $"At most {MaxNoteLength} characters.");
        }
        ValidateRequestId(request.RequestId, violations);
        violations.ThrowIfAny();

        var ct = context.CancellationToken;
        await RequireFederationAsync(federationId!, ct);
        var requestId = NullIfEmpty(request.RequestId);
        if (requestId is not null && await db.OtherIncome.AsNoTracking().SingleOrDefaultAsync(o => o.FederationId == federationId && o.RequestId == requestId, ct) is { } earlier)
        {
            return earlier.ToContract();
        }

        var entity = new OtherIncomeEntity
        {
            FederationId = federationId!,
            Id = Guid.NewGuid().ToString("N")[..12],
            Year = request.OtherIncome!.Year,
            Kind = request.OtherIncome.Kind switch
            {
                Contract.OtherIncomeKind.Interest => Domain.OtherIncomeKind.Interest,
                Contract.OtherIncomeKind.ProjectGrant => Domain.OtherIncomeKind.ProjectGrant,
                _ => Domain.OtherIncomeKind.Other,
            },
            AmountOre = request.OtherIncome.AmountOre,
            Note = request.OtherIncome.Note.Trim(),
            RequestId = requestId,
            CreateTime = clock.StoredNow(),
        };
        db.OtherIncome.Add(entity);
        var created = entity.ToContract();
        db.Record(context, clock, federationId!, created.Name, before: null, after: created);
        await db.SaveChangesAsync(ct);
        return created;
    }

    public override async Task<Contract.ListOtherIncomeResponse> ListOtherIncome(Contract.ListOtherIncomeRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        ResourceNames.ParseFederation(request.Parent, "parent", violations);
        var federationId = context.FederationId();
        if (request.Year != 0)
        {
            years.Validate(request.Year, "year", violations);
        }
        violations.ThrowIfAny();

        var ct = context.CancellationToken;
        await RequireFederationAsync(federationId!, ct);
        var income = await db.OtherIncome.AsNoTracking()
            .Where(o => o.FederationId == federationId && (request.Year == 0 || o.Year == request.Year))
            .OrderBy(o => o.Year).ThenBy(o => o.CreateTime)
            .ToListAsync(ct);
        var response = new Contract.ListOtherIncomeResponse { TotalOre = income.Sum(o => o.AmountOre) };
        response.OtherIncome.AddRange(income.Select(o => o.ToContract()));
        return response;
    }

    public override async Task<Empty> DeleteOtherIncome(Contract.DeleteOtherIncomeRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var key = ResourceNames.ParseChild(request.Name, "otherIncome", "name", violations);
        violations.ThrowIfAny();

        var (_, id) = key!.Value;

        var federationId = context.FederationId();
        var ct = context.CancellationToken;
        await RequireFederationAsync(federationId, ct);
        var entity = await db.OtherIncome.SingleOrDefaultAsync(o => o.FederationId == federationId && o.Id == id, ct)
            ?? throw GrpcErrors.NotFound(request.Name);
        db.OtherIncome.Remove(entity);
        db.Record(context, clock, federationId, request.Name, entity.ToContract(), after: null);
        await db.SaveChangesAsync(ct);
        return new Empty();
    }
}
