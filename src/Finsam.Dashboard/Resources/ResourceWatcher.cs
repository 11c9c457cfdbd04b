using System.Runtime.CompilerServices;
using Finsam.Contracts.Dashboard.V1;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Microsoft.Extensions.Options;

namespace Finsam.Dashboard.Resources;

// The AppHost's resources as they change, their consoles and the operator's commands,
// through the AppHost's resource service. Reconnects when the stream breaks.
public sealed class ResourceWatcher(IOptions<DashboardOptions> options, ILogger<ResourceWatcher> logger) : BackgroundService
{
    private readonly Lazy<ResourceService.ResourceServiceClient?> _client = new(() => Connect(options.Value.ResourceService));
    private IReadOnlyList<Resource> _resources = [];

    public event Action? Changed;

    public IReadOnlyList<Resource> Resources => _resources;

    public bool IsConnected => _client.Value is not null;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_client.Value is not { } client)
        {
            logger.LogWarning("No resource service configured (Dashboard:ResourceService:Url): resources and consoles are not shown.");
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var call = client.WatchResources(new WatchResourcesRequest(), cancellationToken: stoppingToken);
                await foreach (var list in call.ResponseStream.ReadAllAsync(stoppingToken))
                {
                    _resources = [.. list.Resources];
                    Changed?.Invoke();
                }
            }
            catch (RpcException e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogInformation("The resource service is not answering ({Status}); trying again.", e.StatusCode);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    // An instance's console in batches, as the AppHost sends them: the backlog, then
    // whatever was written since the last batch.
    public async IAsyncEnumerable<IReadOnlyList<ConsoleLine>> ConsoleLinesAsync(string instance, [EnumeratorCancellation] CancellationToken ct)
    {
        if (_client.Value is not { } client)
        {
            yield break;
        }
        using var call = client.WatchConsoleLogs(new WatchConsoleLogsRequest { Instance = instance }, cancellationToken: ct);
        await foreach (var batch in call.ResponseStream.ReadAllAsync(ct))
        {
            yield return batch.Lines;
        }
    }

    public async Task ExecuteAsync(string resource, string command, CancellationToken ct)
    {
        if (_client.Value is { } client)
        {
            await client.ExecuteCommandAsync(new ExecuteCommandRequest { Resource = resource, Command = command }, cancellationToken: ct);
        }
    }

    private static ResourceService.ResourceServiceClient? Connect(DashboardOptions.ResourceServiceOptions service)
    {
        if (string.IsNullOrEmpty(service.Url))
        {
            return null;
        }
        var channel = GrpcChannel.ForAddress(service.Url);
        return new ResourceService.ResourceServiceClient(channel.Intercept(metadata =>
        {
            metadata.Add("x-resource-service-api-key", service.ApiKey);
            return metadata;
        }));
    }
}
