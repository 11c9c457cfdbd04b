using Aspire.Hosting.ApplicationModel;

namespace Finsam.Hosting.Kubernetes.Publishing;

// A project whose clients must come back to the same replica (a Blazor Server circuit lives in
// one process): its Ingress pins a browser with a cookie.
public sealed record StickySessionsAnnotation : IResourceAnnotation;
