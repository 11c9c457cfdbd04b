namespace Finsam.Funding.Domain;

public enum InstalmentFrequency
{
    Yearly = 1,
    HalfYearly = 2,
    Quarterly = 4,
}
