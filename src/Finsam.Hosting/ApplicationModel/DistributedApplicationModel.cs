namespace Finsam.Hosting.ApplicationModel;

public sealed class DistributedApplicationModel(IReadOnlyList<Resource> resources)
{
    public IReadOnlyList<Resource> Resources { get; } = resources;
}
