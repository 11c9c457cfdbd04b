namespace Finsam.Budget.Grpc;

public static class Concurrently
{
    // The step for every item, at most `degree` at a time; the results in the items' order,
    // whichever finishes first. The first failure stops the rest and is thrown.
    public static async Task<TResult[]> SelectAsync<TItem, TResult>(
        IReadOnlyList<TItem> items,
        int degree,
        Func<TItem, CancellationToken, Task<TResult>> step,
        CancellationToken ct)
    {
        var results = new TResult[items.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, items.Count), new ParallelOptions { MaxDegreeOfParallelism = degree, CancellationToken = ct },
            async (i, token) => results[i] = await step(items[i], token));
        return results;
    }
}
