namespace Finsam.Web.Components.Shared;

// Work that follows typing (a recomputation, a preview): it runs once the person has paused,
// so a word typed is one call, and never twice at a time; a change made while it runs runs
// it again afterwards, with what is then on the screen.
// dispatch: the component's InvokeAsync, so the work runs on the component's renderer.
public sealed class WhenQuiet(TimeSpan quiet, TimeProvider clock, Func<Func<Task>, Task> dispatch, Func<Task> work) : IDisposable
{
    private CancellationTokenSource? _quiet;
    private bool _running;
    private bool _changedWhileRunning;

    public static readonly TimeSpan TypingPause = TimeSpan.FromMilliseconds(400);

    // Something changed: the work runs after the pause, unless another change comes first.
    public void Changed()
    {
        Cancel();
        _quiet = new CancellationTokenSource();
        _ = RunAfterPauseAsync(_quiet.Token);
    }

    // Now, without waiting for a pause (a button pressed).
    public async Task RunAsync()
    {
        if (_running)
        {
            _changedWhileRunning = true;
            return;
        }
        _running = true;
        try
        {
            do
            {
                _changedWhileRunning = false;
                await work();
            }
            while (_changedWhileRunning);
        }
        finally
        {
            _running = false;
        }
    }

    // A pending run is let go (what it would have shown is no longer on the screen).
    public void Cancel()
    {
        _quiet?.Cancel();
        _quiet?.Dispose();
        _quiet = null;
    }

    public void Dispose() => Cancel();

    private async Task RunAfterPauseAsync(CancellationToken anotherChange)
    {
        try
        {
            await Task.Delay(quiet, clock, anotherChange);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        await dispatch(RunAsync);
    }
}
