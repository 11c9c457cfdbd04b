using System.Net;
using Aspire.Hosting.ApplicationModel;
using Finsam.SystemTests.Infrastructure;
using Grpc.Health.V1;
using Grpc.Net.Client;
using k8s.Models;
using Microsoft.Extensions.DependencyInjection;

namespace Finsam.SystemTests.Platform;

// The Kubernetes deployment is the AppHost's model published, never written by hand: each
// project's Deployment, Service, probes and environment are checked against what the same
// AppHost gives that project in the system running here.
[Collection(SystemCollection.Name)]
public sealed class KubernetesManifestTests(FinsamSystem system) : IAsyncLifetime
{
    private const string SettingsMap = "finsam-settings";

    // What Aspire sets for a process it runs itself, which a cluster sets its own way: the
    // dashboard's OTLP wiring and console formatting (the cluster's telemetry endpoint is a
    // setting, checked below), and ASPNETCORE_URLS (the cluster gives HTTP_PORTS).
    private static readonly string[] RunnerOnlyPrefixes = ["OTEL_", "LOGGING__CONSOLE__", "DOTNET_", "ASPIRE_", "ASPNETCORE_URLS"];

    // What these tests add to the AppHost's model (FinsamSystem.Configure), not the AppHost.
    private static readonly string[] TestSettings = ["RateLimits__PermitsPerWindow", "RateLimits__TokenPermitsPerWindow"];

    private PublishedManifests _published = null!;

    public async ValueTask InitializeAsync() => _published = await PublishedManifests.PublishAsync();

    public ValueTask DisposeAsync()
    {
        Directory.Delete(_published.Folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    private IReadOnlyList<ProjectResource> Projects =>
        [.. system.App.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<ProjectResource>()];

    [Fact]
    public void Every_project_is_a_deployment_with_replicas_its_image_and_a_service_on_the_ports_it_listens_on()
    {
        Assert.Equal(Projects.Select(p => p.Name).Order(), _published.Deployments.Select(d => d.Metadata.Name).Order());
        foreach (var project in Projects)
        {
            var deployment = _published.Deployment(project.Name);
            var container = Assert.Single(deployment.Spec.Template.Spec.Containers);
            Assert.Equal(2, deployment.Spec.Replicas);
            Assert.Equal($"{PublishedManifests.Registry}/finsam.{project.Name}:{PublishedManifests.Tag}", container.Image);
            Assert.Equal(deployment.Spec.Selector.MatchLabels, deployment.Spec.Template.Metadata.Labels.Where(l => deployment.Spec.Selector.MatchLabels.ContainsKey(l.Key)));
            Assert.NotNull(container.Resources.Requests["memory"]);
            Assert.NotNull(container.Resources.Limits["memory"]);

            // The endpoints it listens on here (TLS is the ingress's: no https in the cluster).
            var endpoints = LocalEndpoints(project).Select(e => e.Name).Order().ToList();
            Assert.Equal(endpoints, container.Ports.Select(p => p.Name).Order());
            var service = _published.Service(project.Name);
            Assert.Equal(deployment.Spec.Selector.MatchLabels, service.Spec.Selector);
            Assert.Equal(
                container.Ports.Select(p => (p.Name, p.ContainerPort)).Order(),
                service.Spec.Ports.Select(p => (p.Name, p.Port)).Order());
            Assert.All(service.Spec.Ports, p => Assert.Equal(p.Name, p.TargetPort.Value));
        }
    }

    [Fact]
    public void Each_project_gets_the_environment_the_apphost_gives_it_here_with_secrets_and_addresses_as_the_cluster_has_them()
    {
        var secrets = SecretFiles();
        foreach (var project in Projects)
        {
            var container = _published.Deployment(project.Name).Spec.Template.Spec.Containers[0];
            var cluster = container.Env.ToDictionary(e => e.Name);
            var local = LocalEnvironment(project.Name).Where(v => !TestSettings.Contains(v.Key)).ToDictionary();

            foreach (var (name, value) in local.Where(v => !RunnerOnlyPrefixes.Any(v.Key.StartsWith)))
            {
                Assert.True(cluster.TryGetValue(name, out var variable), $"{project.Name}'s {name} is not in its Deployment.");
                var where = $"{project.Name}'s {name}";
                if (secrets.FirstOrDefault(s => s.Value == value).Key is { } secret)
                {
                    AssertFromSecret(variable, secret, "value", where);
                }
                else if (name.StartsWith("ConnectionStrings__", StringComparison.Ordinal))
                {
                    AssertFromSecret(variable, name["ConnectionStrings__".Length..], "connectionString", where);
                }
                else if (LocalAddress(value) is { } address)
                {
                    var port = _published.Service(address.Resource).Spec.Ports.Single(p => p.Name == address.Endpoint).Port;
                    Assert.True($"http://{address.Resource}:{port}" == variable.Value, $"{where} is {variable.Value}.");
                }
                else if (name == "HTTP_PORTS")
                {
                    Assert.Equal(container.Ports.Single(p => p.Name == "http").ContainerPort.ToString(), variable.Value);
                }
                else if (name.StartsWith("Kestrel__Endpoints__", StringComparison.Ordinal) && name.EndsWith("__Url", StringComparison.Ordinal))
                {
                    var endpoint = name.Split("__")[2];
                    Assert.Equal($"http://0.0.0.0:{container.Ports.Single(p => p.Name == endpoint).ContainerPort}", variable.Value);
                }
                else if (name.StartsWith("Identity__WebClient__", StringComparison.Ordinal))
                {
                    // The web app's local address and a path; in the cluster its public address.
                    var path = new Uri(value).AbsolutePath;
                    Assert.Equal($"$({name}__PART0){path}", variable.Value);
                    Assert.Equal("web-public-url", cluster[$"{name}__PART0"].ValueFrom.ConfigMapKeyRef.Key);
                    Assert.StartsWith("https://", _published.ConfigMap(SettingsMap).Data["web-public-url"]);
                }
                else if (name == "Finsam__Telemetry__Profile")
                {
                    // The tests trace everything; a cluster samples.
                    Assert.Equal("Production", variable.Value);
                }
                else
                {
                    Assert.True(value == variable.Value, $"{where} is {variable.Value} in the cluster, {value} here.");
                }
            }

            // Nothing the AppHost does not give it, but where the cluster's telemetry goes and
            // what Aspire gives a published project (it runs behind the cluster's proxies).
            var extra = cluster.Keys.Where(k => !local.ContainsKey(k) && !k.Contains("__PART", StringComparison.Ordinal)).Order();
            var unexpected = extra.Except(["ASPNETCORE_FORWARDEDHEADERS_ENABLED", "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_SERVICE_NAME", "HTTP_PORTS"]).ToList();
            Assert.True(unexpected.Count == 0, $"{project.Name} gets {string.Join(", ", unexpected)} only in the cluster; here: {string.Join(", ", local.Keys)}.");
            // Where Aspire gives the project its URL here, a cluster gives it its port (unless
            // Kestrel's endpoints are set one by one, checked above).
            if (local.ContainsKey("ASPNETCORE_URLS") && !cluster.Keys.Any(k => k.StartsWith("Kestrel__Endpoints__", StringComparison.Ordinal)))
            {
                Assert.Equal(container.Ports.Single(p => p.Name == "http").ContainerPort.ToString(), cluster["HTTP_PORTS"].Value);
            }
            // The one runtime setting that only the environment carries (README: Memory), here and there.
            Assert.Equal(4 * 1024 * 1024, Convert.ToInt32(local["DOTNET_GCgen0size"], 16));
            Assert.Equal(local["DOTNET_GCgen0size"], cluster["DOTNET_GCgen0size"].Value);
            Assert.Equal(SettingsMap, cluster["OTEL_EXPORTER_OTLP_ENDPOINT"].ValueFrom.ConfigMapKeyRef.Name);
            Assert.Equal(project.Name, cluster["OTEL_SERVICE_NAME"].Value);
        }
    }

    [Fact]
    public void No_secret_of_the_running_system_is_in_the_manifests()
    {
        foreach (var (name, value) in SecretFiles())
        {
            Assert.False(_published.Rendered.Contains(value, StringComparison.Ordinal), $"The secret {name} is in the manifests.");
        }
    }

    // The probes are the ones each project answers here: gRPC's health service ("" for ready,
    // "liveness" for alive) where it speaks HTTP/2 only, else GET /health and /alive.
    [Fact]
    public async Task Each_probe_asks_what_the_project_answers()
    {
        foreach (var project in Projects)
        {
            var container = _published.Deployment(project.Name).Spec.Template.Spec.Containers[0];
            // An HTTP/1.1 port where the project has one, else its first.
            var probedPort = container.Ports.FirstOrDefault(p => LocalEndpoints(project).Single(e => e.Name == p.Name).Transport != "http2") ?? container.Ports[0];
            var probed = LocalEndpoints(project).Single(e => probedPort.Name == e.Name);
            foreach (var (probe, ready) in new[] { (container.ReadinessProbe, true), (container.LivenessProbe, false), (container.StartupProbe, false) })
            {
                if (probed.Transport == "http2")
                {
                    Assert.Null(probe.HttpGet);
                    Assert.Equal(probedPort.ContainerPort, probe.Grpc.Port);
                    Assert.Equal(ready ? "" : "liveness", probe.Grpc.Service);
                    using var channel = GrpcChannel.ForAddress(system.App.GetEndpoint(project.Name, probed.Name));
                    var answer = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest { Service = probe.Grpc.Service });
                    Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, answer.Status);
                }
                else
                {
                    Assert.Null(probe.Grpc);
                    Assert.Equal(probedPort.Name, probe.HttpGet.Port.Value);
                    Assert.Equal(ready ? "/health" : "/alive", probe.HttpGet.Path);
                    using var http = new HttpClient();
                    var answer = await http.GetAsync(new Uri(system.App.GetEndpoint(project.Name, probed.Name), probe.HttpGet.Path));
                    Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
                }
            }
        }
    }

    [Fact]
    public void The_gateway_and_the_web_app_are_reached_through_ingresses_with_tls_grpc_and_sticky_sessions()
    {
        var external = Projects
            .SelectMany(p => LocalEndpoints(p).Where(e => e.IsExternal).Select(e => (Project: p.Name, Endpoint: e)))
            .ToList();
        Assert.Equal(["gateway/grpc", "gateway/http", "web/http"], external.Select(e => $"{e.Project}/{e.Endpoint.Name}").Order());
        Assert.Equal(external.Count, _published.Ingresses.Count());

        foreach (var (project, endpoint) in external)
        {
            var ingress = _published.Ingresses.Single(i => i.Spec.Rules.Single().Http.Paths.Single().Backend.Service is var backend
                && backend.Name == project && backend.Port.Name == endpoint.Name);
            var rule = ingress.Spec.Rules.Single();
            var tls = ingress.Spec.Tls.Single();
            Assert.Equal([rule.Host], tls.Hosts);
            Assert.False(string.IsNullOrEmpty(tls.SecretName));
            var annotations = ingress.Metadata.Annotations ?? new Dictionary<string, string>();
            // gRPC through the ingress is HTTP/2 over TLS outside and HTTP/2 to the gateway.
            Assert.Equal(endpoint.Transport == "http2", annotations.TryGetValue("nginx.ingress.kubernetes.io/backend-protocol", out var protocol) && protocol == "GRPC");
            // A Blazor circuit lives in one replica of the web app.
            Assert.Equal(project == "web", annotations.TryGetValue("nginx.ingress.kubernetes.io/affinity", out var affinity) && affinity == "cookie");
        }
    }

    // README tells the operator every Secret to create, with its key.
    [Fact]
    public void Readme_names_every_secret_the_manifests_refer_to()
    {
        var readme = Repository.Readme;
        var section = readme[readme.IndexOf("## Deploying to Kubernetes", StringComparison.Ordinal)..];
        var referred = _published.Deployments
            .SelectMany(d => d.Spec.Template.Spec.Containers[0].Env)
            .Where(e => e.ValueFrom?.SecretKeyRef is not null)
            .Select(e => e.ValueFrom.SecretKeyRef)
            .DistinctBy(s => s.Name)
            .ToList();
        Assert.NotEmpty(referred);
        foreach (var secret in referred)
        {
            Assert.True(section.Contains($"`{secret.Name}`", StringComparison.Ordinal), $"README does not name the Secret {secret.Name}.");
            Assert.True(section.Contains($"`{secret.Key}`", StringComparison.Ordinal), $"README does not name the key {secret.Key}.");
        }
    }

    private static void AssertFromSecret(V1EnvVar variable, string secret, string key, string where)
    {
        Assert.True(variable.Value is null, $"{where} is written into the manifest.");
        Assert.True(variable.ValueFrom?.SecretKeyRef is { } reference && reference.Name == secret && reference.Key == key,
            $"{where} does not come from the Secret {secret} ({key}).");
    }

    // What the AppHost gives the project's process here, as the dashboard shows it.
    private Dictionary<string, string> LocalEnvironment(string resource)
    {
        Assert.True(system.App.ResourceNotifications.TryGetCurrentState(resource, out var current));
        return current.Snapshot.EnvironmentVariables
            .Where(e => e.IsFromSpec && e.Value is not null)
            .ToDictionary(e => e.Name, e => e.Value!);
    }

    private static IEnumerable<EndpointAnnotation> LocalEndpoints(ProjectResource project) =>
        project.Annotations.OfType<EndpointAnnotation>().Where(e => e.UriScheme == "http" && e.AllocatedEndpoint is not null);

    // Which project's endpoint a local URL is.
    private (string Resource, string Endpoint)? LocalAddress(string value) =>
        Projects
            .SelectMany(p => LocalEndpoints(p).Select(e => (p.Name, e.Name, Url: e.AllocatedEndpoint!.UriString)))
            .Where(e => value.TrimEnd('/') == e.Url.TrimEnd('/'))
            .Select(e => ((string, string)?)(e.Item1, e.Item2))
            .FirstOrDefault();

    private Dictionary<string, string> SecretFiles() =>
        Directory.EnumerateFiles(Path.Combine(system.App.DataDirectory, "secrets"))
            .ToDictionary(f => Path.GetFileName(f), f => File.ReadAllText(f).Trim());
}
