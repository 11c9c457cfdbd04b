#pragma warning disable ASPIREPIPELINES001, ASPIREPIPELINES004 // Aspire's publish pipeline is marked experimental.
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Pipelines;
using Finsam.Hosting.Kubernetes.Manifests;
using Finsam.Hosting.Kubernetes.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Finsam.Hosting.Kubernetes.Publishing;

public static class KubernetesPublishingExtensions
{
    public const string StepName = "publish-kubernetes";

    // A step of the publish pipeline (`--operation publish`, as `aspire publish` runs the
    // AppHost) that writes the model's projects as Kubernetes manifests to the output path.
    public static IDistributedApplicationBuilder AddKubernetesManifests(this IDistributedApplicationBuilder builder)
    {
        builder.Pipeline.AddStep(StepName, async context =>
        {
            var settings = KubernetesSettings.From(builder.Configuration);
            var output = context.Services.GetRequiredService<IPipelineOutputService>().GetOutputDirectory();
            var workloads = await new WorkloadReader(context.Model, context.ExecutionContext, settings).ReadAsync(context.CancellationToken);

            Directory.CreateDirectory(output);
            foreach (var file in KubernetesDeployment.Files(workloads, settings))
            {
                await File.WriteAllTextAsync(Path.Combine(output, file.Name), file.Content, context.CancellationToken);
            }
            context.Logger.LogInformation("Kubernetes manifests for {Count} projects written to {Output}.", workloads.Count, output);
            foreach (var secret in KubernetesDeployment.Secrets(workloads))
            {
                context.Logger.LogInformation("Create Secret {Secret} with key {Key} (read by {Workloads}).",
                    secret.Name, secret.Key, string.Join(", ", secret.ReadBy));
            }
        }, requiredBy: WellKnownPipelineSteps.Publish);
        return builder;
    }

    // Clients of this project come back to the replica that served them (Blazor Server).
    public static IResourceBuilder<ProjectResource> WithStickySessions(this IResourceBuilder<ProjectResource> project) =>
        project.WithAnnotation(new StickySessionsAnnotation());

    // This project's requests and limits in the cluster.
    public static IResourceBuilder<ProjectResource> WithKubernetesResources(
        this IResourceBuilder<ProjectResource> project, string cpuRequest, string memoryRequest, string memoryLimit) =>
        project.WithAnnotation(new KubernetesResourcesAnnotation(new WorkloadResources(cpuRequest, memoryRequest, memoryLimit)));
}
