using Finsam.Grants.Domain;

namespace Finsam.Grants.Data;

public sealed class EffortEntity
{
    public required string FederationId { get; init; }

    public required string Id { get; init; }

    public required string DisplayName { get; set; }

    public string Description { get; set; } = "";

    public EffortKind Kind { get; set; }

    public string CostGroup { get; set; } = "";

    public string Owner { get; set; } = "";

    public string TargetGroup { get; set; } = "";

    public string Municipality { get; set; } = "";

    public DateOnly? StartOn { get; set; }

    public DateOnly? EndOn { get; set; }

    // Cost lines change only with their effort, so they are stored with it.
    public List<CostLine> CostLines { get; set; } = [];

    public EffortStatus Status { get; set; }

    public bool Public { get; set; }

    public string? RequestId { get; init; }

    public DateTimeOffset CreateTime { get; init; }

    public DateTimeOffset UpdateTime { get; set; }

    public uint Version { get; set; }
}
