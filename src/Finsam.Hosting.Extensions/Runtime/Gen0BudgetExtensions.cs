using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Finsam.Hosting.Runtime;

public static class Gen0BudgetExtensions
{
    // Bytes a service allocates between two collections of its youngest generation.
    public const int Gen0Budget = 4 * 1024 * 1024;

    // The workstation GC without its background thread (Directory.Build.props) sizes its
    // youngest generation from the processor's cache, tens of MB on a server CPU, and lets it
    // grow under load: a service keeps about 10-30 MB alive, yet held 60-80 MB after the load
    // benchmark. A 4 MB budget took 20 MB off each after the load (README: Memory). The runtime
    // reads this setting from the environment only (GCgen0size has no runtimeconfig name), so
    // the AppHost gives it to every project, and a published manifest carries it. The runtime
    // reads it as hexadecimal; written without "0x", YAML keeps it a quoted string (a YAML
    // reader takes 0x400000 for a number, which a Kubernetes env value cannot be).
    public static IResourceBuilder<ProjectResource> WithSmallGen0Budget(this IResourceBuilder<ProjectResource> project) =>
        project.WithEnvironment("DOTNET_GCgen0size", Gen0Budget.ToString("x", System.Globalization.CultureInfo.InvariantCulture));
}
