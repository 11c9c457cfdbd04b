using System.Threading.Channels;
using Finsam.Contracts.Dashboard.V1;
using Finsam.Hosting.ApplicationModel;
using Finsam.Hosting.Orchestration;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Contract = Finsam.Contracts.Dashboard.V1;

namespace Finsam.Hosting.Dashboard;

// The AppHost's side of the dashboard: the resources as they change, each instance's
// console, and the operator's stop, start and restart.
internal sealed class ResourceService(
    DistributedApplicationModel model,
    ResourceNotificationService notifications,
    ConsoleLogs console,
    Orchestrator orchestrator) : Contract.ResourceService.ResourceServiceBase
{
    private const int BatchSize = 500;
    private static readonly string[] ProjectCommands = ["stop", "start", "restart"];

    public override async Task WatchResources(WatchResourcesRequest request, IServerStreamWriter<ResourceList> responseStream, ServerCallContext context)
    {
        var changed = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        void OnChange(InstanceSnapshot _) => changed.Writer.TryWrite(true);
        notifications.InstanceChanged += OnChange;
        try
        {
            var ct = context.CancellationToken;
            do
            {
                await responseStream.WriteAsync(Snapshot(), ct);
                // Changes come in bursts (a restart is several); one list per quarter second is enough.
                await Task.Delay(250, ct);
            }
            while (await changed.Reader.WaitToReadAsync(ct) && changed.Reader.TryRead(out _));
        }
        catch (OperationCanceledException)
        {
            // The dashboard went away.
        }
        finally
        {
            notifications.InstanceChanged -= OnChange;
        }
    }

    public override async Task WatchConsoleLogs(WatchConsoleLogsRequest request, IServerStreamWriter<ConsoleLines> responseStream, ServerCallContext context)
    {
        var lines = Channel.CreateUnbounded<Contract.ConsoleLine>();
        void OnLine(Orchestration.ConsoleLine line)
        {
            if (line.Instance == request.Instance)
            {
                lines.Writer.TryWrite(ToContract(line));
            }
        }
        console.LineWritten += OnLine;
        try
        {
            var ct = context.CancellationToken;
            // The backlog in batches: 10 000 long lines in one message would exceed gRPC's 4 MB.
            foreach (var chunk in console.Of(request.Instance).Chunk(BatchSize))
            {
                var backlog = new ConsoleLines();
                backlog.Lines.AddRange(chunk.Select(ToContract));
                await responseStream.WriteAsync(backlog, ct);
            }
            while (await lines.Reader.WaitToReadAsync(ct))
            {
                var batch = new ConsoleLines();
                while (batch.Lines.Count < BatchSize && lines.Reader.TryRead(out var line))
                {
                    batch.Lines.Add(line);
                }
                await responseStream.WriteAsync(batch, ct);
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            console.LineWritten -= OnLine;
        }
    }

    public override async Task<ExecuteCommandResponse> ExecuteCommand(ExecuteCommandRequest request, ServerCallContext context)
    {
        var resource = model.Resources.FirstOrDefault(r => r.Name == request.Resource && r is not ProjectResource { IsDashboard: true })
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"There is no resource {request.Resource}."));
        if (resource is not (ProjectResource or PostgresServerResource))
        {
            throw new RpcException(new Status(StatusCode.FailedPrecondition, $"{resource.Name} is not a process."));
        }
        switch (request.Command)
        {
            case "stop":
                await orchestrator.StopResourceAsync(resource.Name);
                break;
            case "start":
                await StartAsync(resource.Name);
                break;
            case "restart":
                await orchestrator.StopResourceAsync(resource.Name);
                await StartAsync(resource.Name);
                break;
            default:
                throw new RpcException(new Status(StatusCode.InvalidArgument, "The commands are stop, start and restart."));
        }
        return new ExecuteCommandResponse();
    }

    private async Task StartAsync(string resource)
    {
        try
        {
            await orchestrator.StartResourceAsync(resource);
        }
        catch (InvalidOperationException running)
        {
            throw new RpcException(new Status(StatusCode.FailedPrecondition, running.Message));
        }
    }

    private ResourceList Snapshot()
    {
        var list = new ResourceList();
        foreach (var resource in model.Resources)
        {
            if (resource is SecretResource or ProjectResource { IsDashboard: true })
            {
                continue;
            }
            var shown = new Contract.Resource
            {
                Name = resource.Name,
                Type = resource switch
                {
                    ProjectResource => "project",
                    PostgresServerResource => "postgres",
                    PostgresDatabaseResource => "database",
                    _ => "other",
                },
                Replicas = resource is ProjectResource project ? project.Replicas : 1,
            };
            shown.Instances.AddRange(notifications.InstancesOf(resource.Name).Select(ToContract));
            if (resource is ProjectResource or PostgresServerResource)
            {
                shown.Commands.AddRange(ProjectCommands);
            }
            if (resource is ProjectResource withEnvironment)
            {
                shown.Environment.AddRange(orchestrator.EnvironmentOf(withEnvironment)
                    .OrderBy(e => e.Key, StringComparer.Ordinal)
                    .Select(e => ProjectEnvironment.IsSecret(withEnvironment, e.Key)
                        ? new EnvironmentVariable { Name = e.Key, Secret = true }
                        : new EnvironmentVariable { Name = e.Key, Value = e.Value }));
            }
            list.Resources.Add(shown);
        }
        return list;
    }

    private static ResourceInstance ToContract(InstanceSnapshot snapshot)
    {
        var instance = new ResourceInstance
        {
            Name = snapshot.Instance,
            State = snapshot.State.ToString(),
            ProcessId = snapshot.ProcessId ?? 0,
            Restarts = snapshot.Restarts,
            Message = snapshot.Message ?? "",
        };
        if (snapshot.StartTime is { } start)
        {
            instance.StartTime = Timestamp.FromDateTimeOffset(start);
        }
        if (snapshot.ExitCode is { } exit)
        {
            instance.ExitCode = exit;
        }
        instance.Endpoints.AddRange(snapshot.Endpoints);
        return instance;
    }

    private static Contract.ConsoleLine ToContract(Orchestration.ConsoleLine line) => new()
    {
        Time = Timestamp.FromDateTimeOffset(line.Time),
        IsError = line.IsError,
        Text = line.Text,
    };
}
