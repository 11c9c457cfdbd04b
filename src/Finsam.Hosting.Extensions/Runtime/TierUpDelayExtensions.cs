using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Finsam.Hosting.Runtime;

public static class TierUpDelayExtensions
{
    // How long the runtime waits, after its last first-time compilation, before it counts
    // calls to recompile the hot methods optimised (tiered compilation; the runtime's default is
    // 100 ms). While a service starts it compiles something new every few milliseconds, so
    // with 100 ms it also optimised methods that are hot only during the start (building the
    // EF model, the gRPC descriptors, the configuration): on 2 cores a tenth of the start's CPU
    // went to that, and the code stayed in memory. A second moves that work past the start;
    // what is hot under load is optimised as before, a second later (measured in #17's note).
    // Like the gen0 budget, an environment-only setting: the AppHost gives it to every project.
    public const int DelayMs = 1000;

    public static IResourceBuilder<ProjectResource> WithTierUpAfterStart(this IResourceBuilder<ProjectResource> project) =>
        project.WithEnvironment("DOTNET_TC_CallCountingDelayMs", DelayMs.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
