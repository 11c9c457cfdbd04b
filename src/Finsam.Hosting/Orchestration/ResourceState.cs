namespace Finsam.Hosting.Orchestration;

public enum ResourceState
{
    NotStarted,
    Waiting,
    Starting,
    Running,
    Healthy,
    Unhealthy,
    Exited,
    Stopping,
    Stopped,
    FailedToStart,
}
