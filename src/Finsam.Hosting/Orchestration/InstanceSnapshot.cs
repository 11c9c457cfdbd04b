namespace Finsam.Hosting.Orchestration;

// What is known of one running copy of a resource (a replica, or the only one).
public sealed record InstanceSnapshot(
    string Resource,
    string Instance,
    ResourceState State,
    int? ProcessId = null,
    DateTimeOffset? StartTime = null,
    int Restarts = 0,
    int? ExitCode = null,
    IReadOnlyList<string>? Endpoints = null,
    string? Message = null)
{
    public IReadOnlyList<string> Endpoints { get; init; } = Endpoints ?? [];
}
