namespace Finsam.Funding.Domain;

public enum AllocationStatus
{
    // Försäkringskassan's status report in the autumn.
    Preliminary,

    // Försäkringskassan's formal decision.
    Decided,
}
