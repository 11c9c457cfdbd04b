using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Finsam.Hosting.Kubernetes.Publishing;

namespace Finsam.Hosting.Kubernetes.Model;

// The AppHost's projects as workloads, read from the same model that runs them locally: their
// endpoints, their replicas, and the environment Aspire gives each of them, in which every
// secret, connection string and address becomes what the cluster has in its place.
public sealed class WorkloadReader
{
    // Each project's container listens from this port up, one per endpoint (Endpoints' order).
    public const int FirstPort = 8080;

    public const string OtlpSetting = "otlp-endpoint";

    private readonly DistributedApplicationExecutionContext _executionContext;
    private readonly KubernetesSettings _settings;
    private readonly IReadOnlyList<ProjectResource> _projects;
    private readonly Dictionary<(string Resource, string Endpoint), int> _ports = [];

    public WorkloadReader(DistributedApplicationModel model, DistributedApplicationExecutionContext executionContext, KubernetesSettings settings)
    {
        _executionContext = executionContext;
        _settings = settings;
        _projects = [.. model.Resources.OfType<ProjectResource>().Where(p => !p.IsExcludedFromPublish())];
        foreach (var project in _projects)
        {
            var port = FirstPort;
            foreach (var endpoint in Endpoints(project))
            {
                _ports[(project.Name, endpoint.Name)] = port++;
            }
        }
    }

    public async Task<IReadOnlyList<Workload>> ReadAsync(CancellationToken cancellationToken)
    {
        var workloads = new List<Workload>();
        foreach (var project in _projects)
        {
            workloads.Add(await ReadAsync(project, cancellationToken));
        }
        return workloads;
    }

    private async Task<Workload> ReadAsync(ProjectResource project, CancellationToken cancellationToken)
    {
        var ports = Endpoints(project)
            .Select(endpoint => new WorkloadPort(
                endpoint.Name,
                _ports[(project.Name, endpoint.Name)],
                Http2Only: endpoint.Transport == "http2",
                Host: endpoint.IsExternal ? PublicHost(project.Name, endpoint.Name) : null))
            .ToList();
        if (ports.Count == 0)
        {
            throw new InvalidOperationException($"{project.Name} has no HTTP endpoint to serve or probe in the cluster.");
        }

        var environment = new List<KeyValuePair<string, ManifestValue>>();
        foreach (var (name, value) in await EnvironmentAsync(project, cancellationToken))
        {
            // TLS ends at the Ingress: an address of a project's https endpoint has no listener
            // in the cluster, and the variable that names one is left out.
            if (!NamesTlsEndpoint(value))
            {
                environment.Add(new(name, Resolve(project, name, value)));
            }
        }
        // Kestrel ignores HTTP_PORTS where its endpoints are configured one by one.
        if (environment.Any(e => e.Key.StartsWith("Kestrel__Endpoints__", StringComparison.Ordinal)))
        {
            environment.RemoveAll(e => e.Key == "HTTP_PORTS");
        }
        // Telemetry goes where the cluster's settings say; Aspire gives these only when it runs
        // the project itself.
        environment.RemoveAll(e => e.Key.StartsWith("OTEL_EXPORTER_OTLP_", StringComparison.Ordinal));
        environment.Add(new("OTEL_EXPORTER_OTLP_ENDPOINT", new SettingValue(OtlpSetting, _settings.OtlpEndpoint)));
        if (!environment.Any(e => e.Key == "OTEL_SERVICE_NAME"))
        {
            environment.Add(new("OTEL_SERVICE_NAME", new LiteralValue(project.Name)));
        }

        return new Workload(
            project.Name,
            ImageName(project),
            project.TryGetLastAnnotation<ReplicaAnnotation>(out var replicas) ? replicas.Replicas : _settings.Replicas,
            ports,
            environment,
            project.TryGetLastAnnotation<KubernetesResourcesAnnotation>(out var resources) ? resources.Resources : WorkloadResources.Default,
            StickySessions: project.HasAnnotationOfType<StickySessionsAnnotation>());
    }

    // The environment as the project's callbacks give it when the AppHost publishes.
    private async Task<Dictionary<string, object>> EnvironmentAsync(ProjectResource project, CancellationToken cancellationToken)
    {
        var environment = new Dictionary<string, object>(StringComparer.Ordinal);
        if (project.TryGetAnnotationsOfType<EnvironmentCallbackAnnotation>(out var callbacks))
        {
            var context = new EnvironmentCallbackContext(_executionContext, project, environment, cancellationToken);
            foreach (var callback in callbacks)
            {
                await callback.Callback(context);
            }
        }
        return environment;
    }

    private ManifestValue Resolve(ProjectResource project, string variable, object value) => value switch
    {
        string text => new LiteralValue(text),
        ParameterResource { Secret: true } secret => new SecretValue(secret.Name, SecretKeys.Value),
        ParameterResource setting => new SettingValue(setting.Name, setting.Default?.GetDefaultValue() ?? ""),
        ConnectionStringReference reference => new SecretValue(reference.Resource.Name, SecretKeys.ConnectionString),
        IResourceWithConnectionString resource => new SecretValue(resource.Name, SecretKeys.ConnectionString),
        EndpointReference endpoint => new LiteralValue(Url(endpoint)),
        EndpointReferenceExpression property => new LiteralValue(Property(property)),
        ReferenceExpression { IsConditional: false } expression => Compose(project, variable, expression),
        _ => throw new NotSupportedException(
            $"{project.Name}'s {variable} is a {value.GetType().Name}, which has no Kubernetes form here."),
    };

    // The expression's text and values in order, nested expressions flattened, neighbouring
    // literals joined: text alone is a literal.
    private ManifestValue Compose(ProjectResource project, string variable, ReferenceExpression expression)
    {
        var parts = new List<ManifestValue>();
        foreach (var segment in CompositeFormat.Segments(expression.Format))
        {
            var value = segment.Placeholder is { } index
                ? Resolve(project, variable, expression.ValueProviders[index])
                : new LiteralValue(segment.Text);
            foreach (var part in value is ComposedValue composed ? composed.Parts : [value])
            {
                if (part is LiteralValue next && parts.Count > 0 && parts[^1] is LiteralValue previous)
                {
                    parts[^1] = new LiteralValue(previous.Text + next.Text);
                }
                else
                {
                    parts.Add(part);
                }
            }
        }
        return parts switch
        {
            [] => new LiteralValue(""),
            [var single] => single,
            _ => new ComposedValue(parts),
        };
    }

    private static bool NamesTlsEndpoint(object value) => value switch
    {
        EndpointReference endpoint => endpoint.EndpointAnnotation.UriScheme == "https",
        EndpointReferenceExpression property => NamesTlsEndpoint(property.Endpoint),
        ReferenceExpression expression => expression.ValueProviders.Any(NamesTlsEndpoint),
        _ => false,
    };

    // A project's address inside the cluster: its Service's name and the endpoint's port.
    private string Url(EndpointReference endpoint) => $"http://{endpoint.Resource.Name}:{Port(endpoint)}";

    private string Property(EndpointReferenceExpression expression) => expression.Property switch
    {
        EndpointProperty.Url => Url(expression.Endpoint),
        EndpointProperty.Host or EndpointProperty.IPV4Host => expression.Endpoint.Resource.Name,
        EndpointProperty.Port or EndpointProperty.TargetPort => Port(expression.Endpoint).ToString(CultureInfo.InvariantCulture),
        EndpointProperty.HostAndPort => $"{expression.Endpoint.Resource.Name}:{Port(expression.Endpoint)}",
        EndpointProperty.Scheme => "http",
        var other => throw new NotSupportedException($"An endpoint's {other} has no Kubernetes form here."),
    };

    private int Port(EndpointReference endpoint) =>
        _ports.TryGetValue((endpoint.Resource.Name, endpoint.EndpointName), out var port)
            ? port
            : throw new NotSupportedException(
                $"{endpoint.Resource.Name}'s endpoint {endpoint.EndpointName} is not a project's: the cluster does not run it.");

    private string PublicHost(string resource, string endpoint) =>
        endpoint == "http" ? $"{resource}.{_settings.Domain}" : $"{resource}-{endpoint}.{_settings.Domain}";

    // The .NET SDK's container support names an image after the project's assembly, in lower case.
    private static string ImageName(ProjectResource project) =>
        Path.GetFileNameWithoutExtension(project.GetProjectMetadata().ProjectPath).ToLowerInvariant();

    // The endpoint named "http" first (on 8080), the others in the model's order.
    private static IEnumerable<EndpointAnnotation> Endpoints(ProjectResource project) =>
        project.Annotations.OfType<EndpointAnnotation>().Where(e => e.UriScheme is "http").OrderBy(e => e.Name != "http");
}
