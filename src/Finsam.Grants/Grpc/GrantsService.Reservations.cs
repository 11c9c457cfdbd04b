using Finsam.Grants.Validation;
using Finsam.ServiceKit.Security;
using Grpc.Core;
using Contract = Finsam.Contracts.Grants.V1;

namespace Finsam.Grants.Grpc;

public sealed partial class GrantsService
{
    public override async Task<Contract.Reservation> SetReservation(Contract.SetReservationRequest request, ServerCallContext context)
    {
        var reserved = ReservationRequests.Validate(request, years);
        var federationId = context.FederationId();
        await federations.EnsureExistsAsync(federationId, context.CancellationToken);

        return (await reservations.SetAsync(federationId, reserved, context)).ToContract();
    }

    public override async Task<Contract.ListReservationsResponse> ListReservations(Contract.ListReservationsRequest request, ServerCallContext context)
    {
        ReservationRequests.Validate(request);
        var found = await reservations.ListAsync(context.FederationId(), context.CancellationToken);

        var response = new Contract.ListReservationsResponse();
        response.Reservations.AddRange(found.Select(r => r.ToContract()));
        return response;
    }
}
