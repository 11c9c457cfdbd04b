using Finsam.Grants.Data;
using Finsam.Grants.Validation;
using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceDefaults.Security;
using Finsam.ServiceKit.Security;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Contract = Finsam.Contracts.Grants.V1;

namespace Finsam.Grants.Grpc;

public sealed partial class GrantsService
{
    public override async Task<Contract.Decision> CreateDecision(Contract.CreateDecisionRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        ResourceNamePattern.Match(request.Parent, "federations/*", "parent", violations);
        string[]? effortIds = null;
        DateOnly? decidedOn = null;
        if (request.Decision is not { } decision)
        {
            violations.Add("decision", ViolationReason.Required, "Required.");
        }
        else
        {
            decidedOn = EffortValidator.Date(decision.DecidedOn, "decision.decided_on", violations);
            violations.AddWhen(decision.DecidedOn.Length == 0, "decision.decided_on", ViolationReason.Required, "Required.");
            violations.AddWhen(string.IsNullOrWhiteSpace(decision.ReferenceNumber),
                "decision.reference_number", ViolationReason.Required, "The reference number (diarienummer) is required.");
            violations.AddWhen(decision.ReferenceNumber.Length > 100,
                "decision.reference_number", ViolationReason.TooLong, "At most 100 characters.");
            effortIds = ResourceNamePattern.Match(decision.Effort, "federations/*/efforts/*", "decision.effort", violations);
            violations.AddWhen(decision.GrantedYears.Count == 0, "decision.granted_years", ViolationReason.Required, "Name the years the money is granted for.");
            foreach (var year in decision.GrantedYears)
            {
                ValidateYear(year, "decision.granted_years", violations);
            }
        }
        ValidateRequestId(request.RequestId, violations);
        violations.ThrowIfAny();

        var federationId = context.FederationId();
        var ct = context.CancellationToken;
        var requestId = NullIfEmpty(request.RequestId);
        if (requestId is not null && await db.Decisions.AsNoTracking().SingleOrDefaultAsync(d => d.FederationId == federationId && d.RequestId == requestId, ct) is { } earlier)
        {
            return earlier.ToContract();
        }
        await RequireEffortAsync(federationId, effortIds![1], ct, tracked: false);

        var entity = new DecisionEntity
        {
            FederationId = federationId,
            Id = Guid.NewGuid().ToString("N")[..12],
            DecidedOn = decidedOn!.Value,
            ReferenceNumber = request.Decision!.ReferenceNumber.Trim(),
            EffortId = effortIds[1],
            GrantedYears = request.Decision.GrantedYears.Distinct().Order().ToList(),
            RequestId = requestId,
            CreateTime = clock.StoredNow(),
        };
        db.Decisions.Add(entity);
        var created = entity.ToContract();
        db.Record(context, clock, federationId, created.Name, before: null, after: created);
        await db.SaveChangesAsync(ct);
        return created;
    }

    public override async Task<Contract.ListDecisionsResponse> ListDecisions(Contract.ListDecisionsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        ResourceNamePattern.Match(request.Parent, "federations/*", "parent", violations);
        var effortIds = request.Effort.Length == 0 ? null : ResourceNamePattern.Match(request.Effort, "federations/*/efforts/*", "effort", violations);
        violations.ThrowIfAny();

        var federationId = context.FederationId();
        var decisions = await db.Decisions.AsNoTracking()
            .Where(d => d.FederationId == federationId && (effortIds == null || d.EffortId == effortIds[1]))
            .OrderBy(d => d.DecidedOn).ThenBy(d => d.CreateTime)
            .ToListAsync(context.CancellationToken);
        var response = new Contract.ListDecisionsResponse();
        response.Decisions.AddRange(decisions.Select(d => d.ToContract()));
        return response;
    }

    public override async Task<Contract.Reservation> SetReservation(Contract.SetReservationRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        if (request.Reservation is null)
        {
            FieldViolations.Throw("reservation", ViolationReason.Required, "Required.");
        }
        var ids = ResourceNamePattern.Match(request.Reservation!.Name, "federations/*/reservations/*", "reservation.name", violations);
        var year = 0;
        if (ids is not null && (!int.TryParse(ids[1], out year) || year.ToString(System.Globalization.CultureInfo.InvariantCulture) != ids[1]))
        {
            violations.Add("reservation.name", ViolationReason.InvalidFormat, "Expected federations/{federation}/reservations/{year}.");
        }
        else if (ids is not null)
        {
            ValidateYear(year, "reservation.name", violations);
        }
        violations.AddWhen(request.Reservation.AmountOre is < 0 or > EffortValidator.MaxAmountOre, "reservation.amount_ore", ViolationReason.OutOfRange, "An amount between 0 and a hundred billion kronor.");
        violations.AddWhen(request.Reservation.Label.Length > 200, "reservation.label", ViolationReason.TooLong, "At most 200 characters.");
        violations.ThrowIfAny();

        var federationId = context.FederationId();
        var ct = context.CancellationToken;
        await federations.EnsureExistsAsync(federationId, ct);
        var entity = await db.Reservations.SingleOrDefaultAsync(r => r.FederationId == federationId && r.Year == year, ct);
        var before = entity?.ToContract();
        if (entity is null)
        {
            entity = new ReservationEntity { FederationId = federationId, Year = year };
            db.Reservations.Add(entity);
        }
        entity.AmountOre = request.Reservation.AmountOre;
        entity.Label = request.Reservation.Label.Trim();
        var after = entity.ToContract();
        db.Record(context, clock, federationId, after.Name, before, after);
        await db.SaveChangesAsync(ct);
        return after;
    }

    public override async Task<Contract.ListReservationsResponse> ListReservations(Contract.ListReservationsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        ResourceNamePattern.Match(request.Parent, "federations/*", "parent", violations);
        violations.ThrowIfAny();

        var federationId = context.FederationId();
        var reservations = await db.Reservations.AsNoTracking().Where(r => r.FederationId == federationId).OrderBy(r => r.Year).ToListAsync(context.CancellationToken);
        var response = new Contract.ListReservationsResponse();
        response.Reservations.AddRange(reservations.Select(r => r.ToContract()));
        return response;
    }
}
