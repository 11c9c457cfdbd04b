using Microsoft.Extensions.Caching.Memory;

namespace Finsam.Budget.Dependencies;

// The last year of each budget's plan as it was last read here, by federation and first year:
// what funding and grants are asked about before the budget is read again (FiguresAhead).
// Only a guess to start early with; the budget as read decides. Bounded: the least recently
// used go.
public sealed class KnownPlans : IDisposable
{
    public const int Capacity = 4_000;

    private readonly MemoryCache _lastYears = new(new MemoryCacheOptions { SizeLimit = Capacity });

    public int? LastYear(string federation, int firstYear) =>
        _lastYears.TryGetValue((federation, firstYear), out int lastYear) ? lastYear : null;

    public void Remember(string federation, int firstYear, int lastYear) =>
        _lastYears.Set((federation, firstYear), lastYear, new MemoryCacheEntryOptions { Size = 1 });

    public void Dispose() => _lastYears.Dispose();
}
