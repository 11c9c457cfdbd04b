using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Documents.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.Contracts.Identity.V1;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Grpc.Net.Client;

namespace Finsam.SystemTests.Infrastructure;

// The whole system, started once for a collection of tests from the AppHost's own model,
// in a fresh data folder on free ports; every test talks to it through the gateway.
public class FinsamSystem : IAsyncLifetime
{
    public static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(3);

    private RunningSystem? _app;
    private GrpcChannel? _channel;
    private HttpClient? _json;

    public RunningSystem App => _app ?? throw new InvalidOperationException("Not started.");

    public GrpcChannel Channel => _channel ?? throw new InvalidOperationException("Not started.");

    // JSON over HTTP/1.1 at the gateway's /v1/... routes.
    public HttpClient Json => _json ?? throw new InvalidOperationException("Not started.");

    // The regional administrator's token, as the finsam-admin client app gets it.
    public string AdminToken { get; private set; } = "";

    public Uri GatewayHttp => App.GetEndpoint("gateway", "http");

    public FundingService.FundingServiceClient Funding => new(Channel.WithToken(AdminToken));

    public FundingService.FundingServiceClient FundingAs(string token) => new(Channel.WithToken(token));

    public AccessService.AccessServiceClient Access => new(Channel.WithToken(AdminToken));

    public GrantsService.GrantsServiceClient Grants => new(Channel.WithToken(AdminToken));

    public GrantsService.GrantsServiceClient GrantsAs(string token) => new(Channel.WithToken(token));

    public BudgetService.BudgetServiceClient Budget => new(Channel.WithToken(AdminToken));

    public BudgetService.BudgetServiceClient BudgetAs(string token) => new(Channel.WithToken(token));

    public DocumentService.DocumentServiceClient Documents => new(Channel.WithToken(AdminToken));

    public DocumentService.DocumentServiceClient DocumentsAs(string token) => new(Channel.WithToken(token));

    // Someone who has not signed in: the public.
    public DocumentService.DocumentServiceClient DocumentsAnonymously => new(Channel);

    // A new client app with the given roles, and its token from the token endpoint.
    public async Task<string> TokenWithRolesAsync(params (Role Role, string FederationId)[] roles)
    {
        var clientId = Federations.NewId("client");
        var created = await Access.CreateClientAsync(new CreateClientRequest { ClientId = clientId, Client = new Client { DisplayName = "Testklient" } });
        foreach (var (role, federationId) in roles)
        {
            await Access.GrantRoleAsync(new GrantRoleRequest
            {
                Grant = new RoleGrant
                {
                    Principal = created.Client.Name,
                    Role = role,
                    Federation = federationId.Length == 0 ? "" : $"federations/{federationId}",
                },
            });
        }
        return await Tokens.ClientCredentialsAsync(GatewayHttp, clientId, created.ClientSecret);
    }

    public async ValueTask InitializeAsync()
    {
        _app = await RunningSystem.StartAsync(Configure, WithDashboard, Arguments);

        _channel = GrpcChannel.ForAddress(_app.GetEndpoint("gateway", "grpc"));
        AdminToken = await Tokens.ClientCredentialsAsync(GatewayHttp, Tokens.AdminClientId, Tokens.AdminClientSecret(_app.DataDirectory));
        _json = new HttpClient { BaseAddress = GatewayHttp };
        _json.DefaultRequestHeaders.Authorization = new("Bearer", AdminToken);
    }

    // The operators' dashboard runs with this system (its browser tests share it), and every
    // service exports its telemetry to it, as when a person starts the system.
    protected virtual bool WithDashboard => true;

    // The AppHost's command line beyond the data folder and telemetry every system has.
    protected virtual IEnumerable<string> Arguments => [];

    protected virtual void Configure(IDistributedApplicationTestingBuilder builder)
    {
        // The tests here send thousands of requests as one client in seconds; the rate
        // limits themselves are tested on a system of their own (LimitsTests).
        builder.CreateResourceBuilder<ProjectResource>("gateway")
            .WithEnvironment("RateLimits__PermitsPerWindow", "1000000")
            .WithEnvironment("RateLimits__TokenPermitsPerWindow", "1000000");
    }

    public virtual async ValueTask DisposeAsync()
    {
        _json?.Dispose();
        _channel?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SystemCollection : ICollectionFixture<FinsamSystem>
{
    public const string Name = "The running system";
}
