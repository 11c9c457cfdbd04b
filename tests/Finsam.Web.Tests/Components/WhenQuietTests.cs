using Finsam.Web.Components.Shared;
using Microsoft.Extensions.Time.Testing;

namespace Finsam.Web.Tests.Components;

// Typing is followed by one computation once the person pauses, never by one per keystroke,
// and never by two at a time.
public sealed class WhenQuietTests
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(400);
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public async Task Changes_in_quick_succession_are_one_run_after_the_pause()
    {
        var runs = 0;
        using var quiet = new WhenQuiet(Pause, _clock, work => work(), () => { runs++; return Task.CompletedTask; });

        quiet.Changed();
        _clock.Advance(TimeSpan.FromMilliseconds(300));
        quiet.Changed();
        _clock.Advance(TimeSpan.FromMilliseconds(300));
        await Settled();
        Assert.Equal(0, runs);

        _clock.Advance(TimeSpan.FromMilliseconds(100));
        await Settled();
        Assert.Equal(1, runs);
    }

    [Fact]
    public async Task A_change_while_it_runs_runs_it_once_more_afterwards_not_beside_it()
    {
        var running = 0;
        var mostAtOnce = 0;
        var runs = 0;
        var first = new TaskCompletionSource();
        using var quiet = new WhenQuiet(Pause, _clock, work => work(), async () =>
        {
            running++;
            mostAtOnce = Math.Max(mostAtOnce, running);
            runs++;
            if (runs == 1)
            {
                await first.Task;
            }
            running--;
        });

        var firstRun = quiet.RunAsync();
        quiet.Changed();
        _clock.Advance(Pause);
        await Settled();
        await quiet.RunAsync();
        Assert.Equal(1, runs);

        first.SetResult();
        await firstRun;
        Assert.Equal(2, runs);
        Assert.Equal(1, mostAtOnce);
    }

    [Fact]
    public async Task A_cancelled_change_does_not_run()
    {
        var runs = 0;
        using var quiet = new WhenQuiet(Pause, _clock, work => work(), () => { runs++; return Task.CompletedTask; });

        quiet.Changed();
        quiet.Cancel();
        _clock.Advance(Pause * 2);
        await Settled();

        Assert.Equal(0, runs);
    }

    // The delay's continuation runs on the thread pool once the fake clock fires it.
    private static Task Settled() => Task.Delay(50);
}
