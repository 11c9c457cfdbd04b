using Finsam.Contracts.Grants.V1;

namespace Finsam.Web.Components.Shared;

// The years an effort's page follows up: those its cost lines or its board decisions name,
// and those its period covers, within the years the services accept (2004 to ten years
// ahead) and never more than a plan's worth of them.
public static class EffortYears
{
    public const int FirstPlanYear = 2004;
    public const int YearsAhead = 10;
    public const int MostYears = 12;

    public static IReadOnlyList<int> Of(Effort effort, IEnumerable<Decision> decisions, int thisYear)
    {
        var last = thisYear + YearsAhead;
        var years = new SortedSet<int>(effort.CostLines.Select(line => line.Year));
        years.UnionWith(decisions.SelectMany(decision => decision.Granted).Select(granted => granted.Year));
        if (YearOf(effort.StartOn) is { } start)
        {
            var end = YearOf(effort.EndOn) ?? Math.Max(start, years.Count > 0 ? years.Max : thisYear);
            for (var year = start; year <= end && year <= last; year++)
            {
                years.Add(year);
            }
        }
        return [.. years.Where(year => year >= FirstPlanYear && year <= last).Take(MostYears)];
    }

    // The year of a "YYYY-MM-DD" date, or null for none.
    public static int? YearOf(string date) =>
        date.Length >= 4 && int.TryParse(date.AsSpan(0, 4), out var year) ? year : null;
}
