namespace Finsam.Funding.Domain;

public enum OtherIncomeKind
{
    Interest,
    ProjectGrant,
    Other,
}
