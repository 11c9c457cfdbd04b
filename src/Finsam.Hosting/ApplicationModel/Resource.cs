namespace Finsam.Hosting.ApplicationModel;

// Something the AppHost starts and watches: a database server, a database, a project.
public abstract class Resource(string name)
{
    public string Name { get; } = name;

    // Resources that must be healthy before this one starts.
    public List<Resource> WaitsFor { get; } = [];

    public override string ToString() => Name;
}
