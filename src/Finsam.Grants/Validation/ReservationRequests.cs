using Finsam.Contracts.Grants.V1;
using Finsam.Grants.Domain;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Resources;

namespace Finsam.Grants.Validation;

public static class ReservationRequests
{
    private const int MaxLabelLength = 200;

    public static Reserved Validate(SetReservationRequest request, PlanYears years)
    {
        if (request.Reservation is null)
        {
            FieldViolations.Throw("reservation", ViolationReason.Required, "Required.");
        }
        var violations = new FieldViolations();
        var name = GrantsNames.Reservation.Parse(request.Reservation!.Name, "reservation.name", violations);
        if (name is not null)
        {
            years.Validate(name.Year, "reservation.name", violations);
        }
        Amounts.Validate(request.Reservation.AmountOre, "reservation.amount_ore", violations);
        Texts.MaxLength(request.Reservation.Label, "reservation.label", MaxLabelLength, violations);
        violations.ThrowIfAny();
        return new Reserved(name!.Year, request.Reservation.AmountOre, request.Reservation.Label.Trim());
    }

    public static void Validate(ListReservationsRequest request) => GrantsNames.Federation.Parse(request.Parent, "parent");
}
