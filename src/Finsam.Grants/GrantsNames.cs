using Finsam.ServiceKit.Resources;

namespace Finsam.Grants;

// Every resource name grants reads or writes, declared once: requests are parsed with these
// and answers built with them.
public static class GrantsNames
{
    public static readonly ResourcePattern Federation = ResourcePattern.Of("federations/{federation}");

    public static readonly ResourcePattern Effort = ResourcePattern.Of("federations/{federation}/efforts/{effort}");

    public static readonly ResourcePattern Decision = ResourcePattern.Of("federations/{federation}/decisions/{decision}");

    public static readonly ResourcePattern Reservation = ResourcePattern.Of("federations/{federation}/reservations/{year:int}");

    public static readonly ResourcePattern FollowUp = ResourcePattern.Of("federations/{federation}/efforts/{effort}/followUps/{year:int}");
}
