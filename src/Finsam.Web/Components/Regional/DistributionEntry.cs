namespace Finsam.Web.Components.Regional;

// One federation's measures as the regional body enters them for the national model.
public sealed class DistributionEntry(string federation, string displayName)
{
    // The federation's resource name ("federations/{id}"), which the model's answer names.
    public string Federation { get; } = federation;

    public string DisplayName { get; } = displayName;

    public long Population16To64 { get; set; }

    public long SupportMeasure { get; set; }

    public long LastYearOre { get; set; }
}
