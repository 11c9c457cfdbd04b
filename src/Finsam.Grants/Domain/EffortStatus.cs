namespace Finsam.Grants.Domain;

public enum EffortStatus
{
    Draft,
    Applied,
    Granted,
    Running,
    Ended,
    Rejected,
    Withdrawn,
}
