using Aspire.Hosting.ApplicationModel;
using Finsam.Hosting.Kubernetes.Model;

namespace Finsam.Hosting.Kubernetes.Publishing;

// A project's own requests and limits in the cluster, where the defaults do not fit.
public sealed record KubernetesResourcesAnnotation(WorkloadResources Resources) : IResourceAnnotation;
