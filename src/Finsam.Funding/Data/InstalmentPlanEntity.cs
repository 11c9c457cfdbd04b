using Finsam.Funding.Domain;

namespace Finsam.Funding.Data;

public sealed class InstalmentPlanEntity
{
    public required string FederationId { get; init; }

    public int Year { get; init; }

    public InstalmentFrequency Frequency { get; set; }
}
