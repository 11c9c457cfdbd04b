using Finsam.Budget.Grpc;

namespace Finsam.Budget.Tests;

// The roll-up's federations: several at once, never more than allowed, rows in their order.
public sealed class ConcurrentlyTests
{
    [Fact]
    public async Task Results_keep_the_items_order_and_no_more_than_the_degree_run_at_once()
    {
        var running = 0;
        var most = 0;
        var items = Enumerable.Range(0, 40).ToList();

        var results = await Concurrently.SelectAsync(items, 8, async (item, ct) =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            // Later items finish sooner, so the order is not the order of finishing.
            await Task.Delay(TimeSpan.FromMilliseconds(40 - item), ct);
            Interlocked.Decrement(ref running);
            return $"row {item}";
        }, CancellationToken.None);

        Assert.Equal(items.Select(i => $"row {i}"), results);
        Assert.InRange(most, 2, 8);
    }

    [Fact]
    public async Task The_first_failure_is_thrown()
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => Concurrently.SelectAsync<int, int>([1, 2, 3], 2,
            (item, _) => item == 2 ? throw new InvalidOperationException("grants is unavailable") : Task.FromResult(item), CancellationToken.None));

        Assert.Equal("grants is unavailable", failure.Message);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen && Interlocked.CompareExchange(ref target, value, seen) is var actual && actual != seen)
        {
            seen = actual;
        }
    }
}
