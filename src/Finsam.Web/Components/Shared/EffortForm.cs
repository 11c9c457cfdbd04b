using Finsam.Contracts.Grants.V1;

namespace Finsam.Web.Components.Shared;

// What the effort page's form holds: every field the grants service lets a client change
// (the status moves apart), so an update sends them all under one mask.
public sealed class EffortForm
{
    // The contract's updatable fields, all of them in the form.
    public static readonly IReadOnlyList<string> Mask =
        ["display_name", "description", "kind", "cost_group", "owner", "target_group", "municipality", "start_on", "end_on", "cost_lines", "public"];

    public string DisplayName { get; set; } = "";
    public string Description { get; set; } = "";
    public EffortKind Kind { get; set; }
    public string CostGroup { get; set; } = "";
    public string Owner { get; set; } = "";
    public string TargetGroup { get; set; } = "";
    public string Municipality { get; set; } = "";
    public string StartOn { get; set; } = "";
    public string EndOn { get; set; } = "";
    public bool Public { get; set; }
    public List<CostLineRow> CostLines { get; set; } = [];

    public static EffortForm From(Effort effort) => new()
    {
        DisplayName = effort.DisplayName,
        Description = effort.Description,
        Kind = effort.Kind,
        CostGroup = effort.CostGroup,
        Owner = effort.Owner,
        TargetGroup = effort.TargetGroup,
        Municipality = effort.Municipality,
        StartOn = effort.StartOn,
        EndOn = effort.EndOn,
        Public = effort.Public,
        CostLines = [.. effort.CostLines.Select(line => new CostLineRow { Year = line.Year, Description = line.Description, AmountOre = line.AmountOre })],
    };

    // The effort as typed, to replace the stored one whose etag it carries.
    public Effort ToEffort(string name, string etag) => new()
    {
        Name = name,
        Etag = etag,
        DisplayName = DisplayName.Trim(),
        Description = Description.Trim(),
        Kind = Kind,
        CostGroup = CostGroup.Trim(),
        Owner = Owner.Trim(),
        TargetGroup = TargetGroup.Trim(),
        Municipality = Municipality.Trim(),
        StartOn = StartOn.Trim(),
        EndOn = EndOn.Trim(),
        Public = Public,
        CostLines = { CostLines.Select(row => new CostLine { Year = row.Year, Description = row.Description.Trim(), AmountOre = row.AmountOre }) },
    };

    // Two readings of an effort that differ at most in their etag and update time: a change
    // this page made itself, such as a board decision, which moves the etag alone.
    public static bool SameContent(Effort one, Effort other)
    {
        var (a, b) = (one.Clone(), other.Clone());
        a.Etag = b.Etag = "";
        a.UpdateTime = b.UpdateTime = null;
        return a.Equals(b);
    }

    public void AddCostLine(int year) => CostLines.Add(new CostLineRow { Year = year, Description = DisplayName.Trim() });

    public sealed class CostLineRow
    {
        public int Year { get; set; }
        public string Description { get; set; } = "";
        public long AmountOre { get; set; }
    }
}
