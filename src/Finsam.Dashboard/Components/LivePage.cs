using Finsam.Dashboard.Resources;
using Finsam.Dashboard.Telemetry;
using Microsoft.AspNetCore.Components;

namespace Finsam.Dashboard.Components;

// A page that follows the telemetry and the resources as they change, redrawn at most
// twice a second however fast exports arrive.
public abstract class LivePage : ComponentBase, IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
    private int _pending;

    [Inject]
    protected TelemetryStore Telemetry { get; set; } = default!;

    [Inject]
    protected ResourceWatcher Watcher { get; set; } = default!;

    protected override void OnInitialized()
    {
        Telemetry.Changed += OnChanged;
        Watcher.Changed += OnChanged;
    }

    private void OnChanged()
    {
        if (Interlocked.Exchange(ref _pending, 1) == 1)
        {
            return;
        }
        _ = Task.Delay(Interval).ContinueWith(_ => InvokeAsync(() =>
        {
            Interlocked.Exchange(ref _pending, 0);
            StateHasChanged();
        }), TaskScheduler.Default);
    }

    public virtual void Dispose()
    {
        Telemetry.Changed -= OnChanged;
        Watcher.Changed -= OnChanged;
        GC.SuppressFinalize(this);
    }
}
