using Finsam.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Finsam.Hosting.Orchestration;

// Starts every resource once what it waits for is healthy, and stops them all, children
// first and PostgreSQL last, when the AppHost stops.
internal sealed class Orchestrator(
    DistributedApplicationModel model,
    IOptions<AppHostOptions> options,
    IConfiguration configuration,
    ResourceNotificationService notifications,
    ConsoleLogs console,
    ILoggerFactory loggerFactory,
    IHostApplicationLifetime lifetime,
    Dashboard.DashboardSettings? dashboard = null) : IHostedService
{
    private readonly ILogger _logger = loggerFactory.CreateLogger("Finsam.AppHost");
    private readonly List<PostgresRunner> _servers = [];
    private readonly List<ProjectRunner> _projects = [];
    private readonly CancellationTokenSource _stopping = new();
    private DataDirectory? _data;
    private Task _startup = Task.CompletedTask;
    private Dictionary<ProjectResource, IReadOnlyList<ProjectInstance>> _instances = [];
    private ProcessRecords? _records;

    public AppHostOptions Options => options.Value;

    public DataDirectory Data => _data ?? throw new InvalidOperationException("The AppHost has not started.");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _data = new DataDirectory(DataDirectory.Resolve(Options));
        _data.CreateAndLock();
        console.WriteFilesTo(_data.Logs);
        _logger.LogInformation("Data folder: {DataDirectory}", _data.Root);

        foreach (var secret in model.Resources.OfType<SecretResource>())
        {
            secret.Value = secret.Kind switch
            {
                SecretKind.RsaPrivateKey => _data.Secret(secret.Name, () => System.Security.Cryptography.RSA.Create(2048).ExportPkcs8PrivateKeyPem()),
                SecretKind.Key256 => _data.Secret(secret.Name, () => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)).ToLowerInvariant()),
                _ => _data.Secret(secret.Name),
            };
            notifications.Publish(new InstanceSnapshot(secret.Name, secret.Name, ResourceState.Healthy));
        }

        var records = _records = new ProcessRecords(_data.Run, _logger);
        await records.StopLeftoversAsync(Options.StopTimeout);

        var instances = _instances = AssignPorts();
        ConnectDashboard(instances);
        foreach (var resource in model.Resources)
        {
            notifications.Expect(resource.Name, resource is ProjectResource project ? project.Replicas : 1);
        }

        var starts = model.Resources.Select(resource => resource switch
        {
            PostgresServerResource server => StartServerAsync(server, records),
            ProjectResource project => StartProjectAsync(project, instances, records),
            _ => Task.CompletedTask,
        }).ToList();

        _startup = Task.WhenAll(starts).ContinueWith(
            t =>
            {
                if (t.IsFaulted)
                {
                    Environment.ExitCode = 1;
                    lifetime.StopApplication();
                    _logger.LogError("The system did not start: {Reason}", t.Exception!.GetBaseException().Message);
                }
            },
            TaskScheduler.Default);
        _ = ReportReadinessAsync(instances);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        _logger.LogInformation("Stopping every resource.");

        // Callers first (the gateway), then what they call, then the databases.
        var order = model.Resources.OfType<ProjectResource>().Reverse().ToList();
        foreach (var resource in order)
        {
            await StopResourceAsync(resource.Name);
        }
        await Task.WhenAll(_servers.Select(s => s.StopAsync()));
        await _startup;

        console.CloseFiles();
        _data?.Dispose();
        _logger.LogInformation("Every resource has stopped.");
    }

    private Dictionary<ProjectResource, IReadOnlyList<ProjectInstance>> AssignPorts()
    {
        var instances = new Dictionary<ProjectResource, IReadOnlyList<ProjectInstance>>();
        foreach (var project in model.Resources.OfType<ProjectResource>())
        {
            if (project.Endpoints.Count == 0)
            {
                // A Finsam service speaks gRPC: HTTP/2 cleartext on one port.
                project.Endpoints.Add(new EndpointAnnotation(EndpointAnnotation.Http) { Transport = EndpointAnnotation.Http2 });
            }
            instances[project] = Enumerable.Range(0, project.Replicas)
                .Select(replica => new ProjectInstance(project, replica, project.Endpoints.ToDictionary(
                    e => e.Name,
                    e => e.Port is { } fixedPort && !Options.RandomizePorts && project.Replicas == 1 ? fixedPort : PortAllocator.FreePort())))
                .ToList();
        }
        return instances;
    }

    // Every project sends its telemetry to the dashboard, unless told of another backend.
    private void ConnectDashboard(Dictionary<ProjectResource, IReadOnlyList<ProjectInstance>> instances)
    {
        var (resource, replicas) = instances.FirstOrDefault(p => p.Key.IsDashboard);
        if (resource is null || dashboard is null)
        {
            return;
        }
        dashboard.LoginUrl = new Uri($"{replicas[0].UrlOf(resource.Endpoints.Single(e => e.Name == EndpointAnnotation.Http))}/login?t={dashboard.BrowserToken}");
        if (string.IsNullOrWhiteSpace(Options.OtlpEndpoint))
        {
            Options.OtlpEndpoint = replicas[0].UrlOf(resource.Endpoints.Single(e => e.Name == "otlp-grpc"));
            Options.OtlpApiKey = dashboard.OtlpApiKey;
        }
    }

    // A project's environment as its first instance gets it.
    public IReadOnlyDictionary<string, string> EnvironmentOf(ProjectResource project) =>
        _instances.TryGetValue(project, out var replicas) && replicas.Count > 0
            ? ProjectEnvironment.For(replicas[0], _instances, Options, Data.Root)
            : new Dictionary<string, string>();

    private async Task StartServerAsync(PostgresServerResource server, ProcessRecords records)
    {
        var runner = new PostgresRunner(server, Data, Options, records, console, notifications, _logger);
        _servers.Add(runner);
        await WaitForDependenciesAsync(server);
        await runner.StartAsync(configuration.GetConnectionString(server.Name), _stopping.Token);
    }

    private async Task StartProjectAsync(ProjectResource project, Dictionary<ProjectResource, IReadOnlyList<ProjectInstance>> instances, ProcessRecords records)
    {
        var runners = CreateRunners(project, records);

        foreach (var instance in instances[project])
        {
            notifications.Publish(new InstanceSnapshot(project.Name, instance.Name, ResourceState.Waiting, Endpoints: instance.Urls));
        }
        try
        {
            await WaitForDependenciesAsync(project);
        }
        catch (InvalidOperationException dependencyFailed)
        {
            // Nothing behind a failed dependency can start: say so, rather than wait forever.
            foreach (var instance in instances[project])
            {
                notifications.Publish(new InstanceSnapshot(project.Name, instance.Name, ResourceState.FailedToStart,
                    Endpoints: instance.Urls, Message: dependencyFailed.Message));
            }
            return;
        }
        if (_stopping.IsCancellationRequested)
        {
            return;
        }
        foreach (var runner in runners)
        {
            runner.Start();
        }
    }

    private List<ProjectRunner> CreateRunners(ProjectResource project, ProcessRecords records)
    {
        var runners = _instances[project].Select(instance => new ProjectRunner(
            instance,
            () => ProjectEnvironment.For(instance, _instances, Options, Data.Root),
            Options, records, console, notifications,
            loggerFactory.CreateLogger($"Finsam.AppHost.{instance.Name}"),
            _stopping.Token)).ToList();
        lock (_projects)
        {
            _projects.AddRange(runners);
        }
        return runners;
    }

    public Uri GetEndpoint(string resourceName, string endpointName)
    {
        var (project, instances) = _instances.SingleOrDefault(p => p.Key.Name == resourceName);
        var endpoint = project?.Endpoints.SingleOrDefault(e => e.Name == endpointName)
            ?? throw new ArgumentException($"{resourceName} has no endpoint named '{endpointName}'.");
        return new Uri(instances[0].UrlOf(endpoint));
    }

    // An operator's stop (the dashboard, a test): the resource stays down until started.
    public async Task StopResourceAsync(string resourceName)
    {
        if (_servers.SingleOrDefault(s => s.Server.Name == resourceName) is { } server)
        {
            await server.StopAsync();
            return;
        }

        List<ProjectRunner> runners;
        lock (_projects)
        {
            runners = _projects.Where(p => p.Instance.Resource.Name == resourceName).ToList();
            _projects.RemoveAll(runners.Contains);
        }
        await Task.WhenAll(runners.Select(r => r.StopAsync()));
        foreach (var runner in runners)
        {
            runner.Dispose();
        }
    }

    public Task StartResourceAsync(string resourceName)
    {
        if (_servers.SingleOrDefault(s => s.Server.Name == resourceName) is { } server)
        {
            return server.StartAsync(configuration.GetConnectionString(resourceName), _stopping.Token);
        }

        var project = _instances.Keys.SingleOrDefault(p => p.Name == resourceName)
            ?? throw new ArgumentException($"{resourceName} is not a project of this system.");
        List<ProjectRunner> runners;
        lock (_projects)
        {
            // Checked and claimed in one step: two operators starting at once start it once.
            if (_projects.Any(p => p.Instance.Resource == project))
            {
                throw new InvalidOperationException($"{resourceName} is already running.");
            }
            runners = CreateRunners(project, _records!);
        }
        foreach (var runner in runners)
        {
            runner.Start();
        }
        return Task.CompletedTask;
    }

    private async Task WaitForDependenciesAsync(Resource resource)
    {
        foreach (var dependency in resource.WaitsFor)
        {
            await notifications.WaitForResourceHealthyAsync(dependency.Name, _stopping.Token);
        }
    }

    // Once the external endpoints answer, say where the system can be reached.
    private async Task ReportReadinessAsync(Dictionary<ProjectResource, IReadOnlyList<ProjectInstance>> instances)
    {
        try
        {
            foreach (var resource in model.Resources)
            {
                await notifications.WaitForResourceHealthyAsync(resource.Name, _stopping.Token);
            }
        }
        catch (OperationCanceledException)
        {
            return;
        }
        catch (InvalidOperationException exception)
        {
            _logger.LogError("{Reason}", exception.Message);
            Environment.ExitCode = 1;
            lifetime.StopApplication();
            return;
        }

        var lines = new List<string> { "Finsam is running." };
        foreach (var (project, replicas) in instances)
        {
            foreach (var endpoint in project.Endpoints.Where(e => e.IsExternal && !project.IsDashboard))
            {
                var speaks = endpoint.Transport == EndpointAnnotation.Http2 ? "gRPC over HTTP/2" : "JSON over HTTP/1.1, /health";
                lines.Add($"  {project.Name} {endpoint.Name}: {replicas[0].UrlOf(endpoint)}  ({speaks})");
            }
        }
        if (dashboard?.LoginUrl is { } login)
        {
            lines.Add($"  dashboard: {login}  (sign in with this link)");
        }
        lines.Add($"  console logs: {Data.Logs}");
        lines.Add("Press Ctrl+C to stop.");
        Console.WriteLine(string.Join(Environment.NewLine, lines));
    }
}
