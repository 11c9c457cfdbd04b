namespace Finsam.Hosting.Restarts;

// How long to wait before starting a crashed process again: 1, 2, 4 ... 30 s for crashes
// that follow each other; a process that then ran for a while starts the count afresh.
public sealed class RestartBackoff(TimeSpan settled, TimeSpan longest)
{
    public RestartBackoff()
        : this(settled: TimeSpan.FromMinutes(2), longest: TimeSpan.FromSeconds(30))
    {
    }

    private int _recentCrashes;
    private DateTimeOffset? _lastRestart;

    public int Restarts { get; private set; }

    // Called when the process crashed; the answer is the wait before its next start.
    public TimeSpan NextDelay(DateTimeOffset crashedAt)
    {
        if (_lastRestart is { } last && crashedAt - last > settled)
        {
            _recentCrashes = 0;
        }
        _recentCrashes++;
        Restarts++;
        _lastRestart = crashedAt;
        var seconds = Math.Pow(2, Math.Min(_recentCrashes - 1, 30));
        return TimeSpan.FromSeconds(Math.Min(seconds, longest.TotalSeconds));
    }
}
