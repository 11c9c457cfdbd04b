using System.Collections.Concurrent;

namespace Finsam.Hosting.Orchestration;

// Every resource instance's latest state, and a way to wait for a state, as in Aspire.
public sealed class ResourceNotificationService
{
    private readonly ConcurrentDictionary<string, InstanceSnapshot> _instances = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _expectedInstances = new(StringComparer.Ordinal);
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public event Action<InstanceSnapshot>? InstanceChanged;

    public IReadOnlyList<InstanceSnapshot> Instances =>
        _instances.Values.OrderBy(i => i.Resource, StringComparer.Ordinal).ThenBy(i => i.Instance, StringComparer.Ordinal).ToList();

    internal void Expect(string resource, int instances) => _expectedInstances[resource] = instances;

    internal void Publish(InstanceSnapshot snapshot)
    {
        _instances[snapshot.Instance] = snapshot;
        InstanceChanged?.Invoke(snapshot);
        Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    internal InstanceSnapshot? Get(string instance) => _instances.GetValueOrDefault(instance);

    public IReadOnlyList<InstanceSnapshot> InstancesOf(string resource) =>
        _instances.Values.Where(i => i.Resource == resource).ToList();

    // A resource is healthy when every instance it should have is.
    public bool IsHealthy(string resource)
    {
        var instances = InstancesOf(resource);
        return instances.Count >= _expectedInstances.GetValueOrDefault(resource, 1)
            && instances.All(i => i.State == ResourceState.Healthy);
    }

    public Task WaitForResourceHealthyAsync(string resource, CancellationToken cancellationToken = default) =>
        WaitForResourceAsync(resource, () => IsHealthy(resource), cancellationToken);

    public async Task WaitForResourceAsync(string resource, Func<bool> condition, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var changed = _changed.Task;
            if (condition())
            {
                return;
            }
            if (InstancesOf(resource).FirstOrDefault(i => i.State == ResourceState.FailedToStart) is { } failed)
            {
                throw new InvalidOperationException($"{resource} failed to start: {failed.Message}");
            }
            await changed.WaitAsync(cancellationToken);
        }
    }
}
