using System.Diagnostics;

namespace Finsam.ServiceKit.Tests.Telemetry;

// Counts the server requests whose span (ASP.NET Core's activity) has ended, sampled or not,
// without taking part in the sampling decision (it asks for no data of its own). The
// telemetry tests run alone, so every request counted is one of the test's. Create it after the
// app's tracer provider: an ending activity calls its listeners in the order they were added,
// and a count must not come before the export.
public sealed class EndedRequests : IDisposable
{
    private readonly ActivityListener _listener;
    private int _ended;

    public EndedRequests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.None,
            ActivityStopped = _ => Interlocked.Increment(ref _ended),
        };
        ActivitySource.AddActivityListener(_listener);
    }

    // Until this many have ended, or the time is up (a request left without an activity by
    // the sampler is never counted; the assertions that follow judge what was exported).
    public async Task WaitAsync(int requests, TimeSpan atMost)
    {
        var until = DateTime.UtcNow + atMost;
        while (Volatile.Read(ref _ended) < requests && DateTime.UtcNow < until)
        {
            await Task.Delay(10);
        }
    }

    public void Dispose() => _listener.Dispose();
}
