namespace Finsam.Budget.Domain;

// A decided effort's cost in a year, as grants reports it.
public sealed record EffortCost(string EffortCostGroup, int Year, string Description, long AmountOre);

// Money reserved in a year for efforts not yet named.
public sealed record Reservation(int Year, long AmountOre, string Label);

// The groups as filled from grants, and what none of them takes.
public sealed record FilledGroups(IReadOnlyList<CostGroup> Groups, IReadOnlyList<string> Unplaced);

// Which of the federation's groups takes which effort cost and reserved amount. An effort
// goes to the group that names its grants cost group, else to the group that takes every
// other decided effort; reserved money to the group that takes it. What no group takes is
// named rather than dropped: a budget never leaves out money the board has decided.
public static class GroupSources
{
    public static FilledGroups Fill(IReadOnlyList<CostGroup> groups, IEnumerable<EffortCost> efforts, IEnumerable<Reservation> reservations)
    {
        var lines = groups.ToDictionary(g => g.Key, g => g.Lines.ToList());
        var totals = groups.ToDictionary(g => g.Key, g => new Dictionary<int, long>(g.TotalsOre));
        var unplaced = new List<string>();

        foreach (var cost in efforts.Where(c => c.AmountOre != 0))
        {
            var group = groups.FirstOrDefault(g => g.TakesDecidedEfforts && g.EffortCostGroups.Contains(cost.EffortCostGroup, StringComparer.Ordinal))
                ?? groups.FirstOrDefault(g => g.TakesDecidedEfforts && g.EffortCostGroups.Count == 0);
            if (group is null)
            {
                unplaced.Add($"Decided efforts of the grants cost group '{cost.EffortCostGroup}' in {cost.Year}");
                continue;
            }
            lines[group.Key].Add(new BudgetLine(cost.Description, cost.Year, cost.AmountOre));
        }

        foreach (var reservation in reservations.Where(r => r.AmountOre != 0))
        {
            var group = groups.FirstOrDefault(g => g.TakesReserved);
            if (group is null)
            {
                unplaced.Add($"Money reserved for new efforts in {reservation.Year}");
            }
            else if (group.Source == CostGroupSource.Reserved)
            {
                // A group of its own shows the amount, not a line repeating its label.
                totals[group.Key][reservation.Year] = reservation.AmountOre;
            }
            else
            {
                lines[group.Key].Add(new BudgetLine(reservation.Label.Length > 0 ? reservation.Label : group.Label, reservation.Year, reservation.AmountOre));
            }
        }

        var filled = groups.Select(g => g.Source == CostGroupSource.Entered ? g : g with { Lines = lines[g.Key], TotalsOre = totals[g.Key] }).ToList();
        return new FilledGroups(filled, unplaced.Distinct().ToList());
    }
}
