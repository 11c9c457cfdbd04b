using Finsam.FunctionalTesting.Postgres;
using Finsam.FunctionalTesting.Security;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Finsam.FunctionalTesting.Hosting;

// One Finsam service for one test class (IClassFixture): its Program hosted in-process on a
// fresh database of the assembly's PostgreSQL, called over gRPC as a chosen caller. A
// service's tests derive from it, name the service's connection and add its stand-ins.
public abstract class ServiceFixture<TProgram>(TestPostgres postgres, string connectionName) : IAsyncLifetime
    where TProgram : class
{
    private readonly StandIns _standIns = new();
    private FinsamServiceFactory<TProgram>? _factory;
    private FinsamServiceFactory<TProgram>? _replica;
    private GrpcChannel? _channel;
    private string? _connectionString;

    public TestTokens Tokens { get; } = new();

    private GrpcChannel Channel => _channel ?? throw new InvalidOperationException("The service has not started.");

    // The service's own services, for what a test does as the service itself would at start.
    public IServiceProvider Services => (_factory ?? throw new InvalidOperationException("The service has not started.")).Services;

    // The other services this one calls, as the tests of this class play them.
    protected virtual void AddStandIns(StandIns standIns)
    {
    }

    // Configuration the service needs beyond its database, as the AppHost would give it.
    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    public async ValueTask InitializeAsync()
    {
        AddStandIns(_standIns);
        await _standIns.StartAsync();
        _connectionString = await postgres.CreateDatabaseAsync(connectionName);
        _factory = new FinsamServiceFactory<TProgram>(connectionName, _connectionString, Tokens, _standIns, Settings);
        // Starting runs the service's Program (its migrations too), which blocks: off the test's thread.
        await Task.Run(_factory.StartServer);
        var server = _factory.Server;
        _channel = GrpcChannel.ForAddress(server.BaseAddress, new GrpcChannelOptions { HttpHandler = server.CreateHandler() });
    }

    // A second process of the service on the same database and settings, as a second replica
    // behind a load balancer: started on first use, stopped with the fixture.
    protected async Task<HttpMessageHandler> ReplicaHandlerAsync()
    {
        if (_replica is null)
        {
            _replica = new FinsamServiceFactory<TProgram>(connectionName, _connectionString!, Tokens, _standIns, Settings);
            await Task.Run(_replica.StartServer);
        }
        return _replica.Server.CreateHandler();
    }

    // The first replica's handler, for a client of the test's own making.
    protected HttpMessageHandler Handler() =>
        (_factory ?? throw new InvalidOperationException("The service has not started.")).Server.CreateHandler();

    // Calls as this caller: with its token, or with none for the anonymous.
    public CallInvoker As(Caller caller)
    {
        if (!caller.SignedIn)
        {
            return Channel.CreateCallInvoker();
        }
        var token = Tokens.For(caller);
        return WithBearer(token);
    }

    // Plain HTTP, as a JSON client calls the service (JSON transcoding), as this caller:
    // with its token, or with none for the anonymous.
    public HttpClient Http(Caller caller)
    {
        var client = (_factory ?? throw new InvalidOperationException("The service has not started.")).Server.CreateClient();
        if (caller.SignedIn)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.For(caller));
        }
        return client;
    }

    // Plain HTTP as a browser sends it: it keeps the cookies it is given and follows no
    // redirect, so a test sees each one.
    public HttpClient Browser() =>
        (_factory ?? throw new InvalidOperationException("The service has not started.")).CreateClient(
            new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    // Calls that carry exactly this bearer token, e.g. a forged one.
    public CallInvoker WithBearer(string token) => Channel.Intercept(metadata =>
    {
        metadata.Add("Authorization", $"Bearer {token}");
        return metadata;
    });

    public virtual async ValueTask DisposeAsync()
    {
        _channel?.Dispose();
        if (_replica is not null)
        {
            await _replica.DisposeAsync();
        }
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        await _standIns.DisposeAsync();
        if (_connectionString is not null)
        {
            // Each class has a database of its own: its idle connections go with it.
            NpgsqlConnection.ClearPool(new NpgsqlConnection(_connectionString));
        }
        GC.SuppressFinalize(this);
    }
}
