namespace Finsam.Hosting.ApplicationModel;

// A resource a project reaches by a connection string, handed over as
// ConnectionStrings__{ConnectionStringName}.
public interface IResourceWithConnectionString
{
    string ConnectionStringName { get; }

    // Known once the resource runs.
    string GetConnectionString();
}
