using System.Net;
using System.Text;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Identity.V1;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Finsam.SystemTests.Infrastructure;
using Grpc.Core;
using Grpc.Net.Client;

namespace Finsam.SystemTests.Platform;

// A system of its own whose gateway allows each client five requests a minute and each
// address ten token requests a minute, and whose identity service locks a username after
// three wrong passwords and an address after six, for five seconds.
public sealed class LimitedSystem : IAsyncLifetime
{
    public const int PermitsPerWindow = 5;
    public const int TokenPermitsPerWindow = 10;
    public const int AccountFailures = 3;
    public const int AddressFailures = 6;
    public const string Password = "ett-långt-lösenord";
    public static readonly TimeSpan Lockout = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan BackOff = TimeSpan.FromMilliseconds(200);

    public RunningSystem App { get; private set; } = null!;

    // Two client apps with a rate bucket each, so the tests do not share one.
    public string RaterToken { get; private set; } = "";

    public string SizerToken { get; private set; } = "";

    public string ChunkerToken { get; private set; } = "";

    // People who sign in with Password; each test that locks one has its own.
    public static readonly string[] People = ["lena", "olle", "stina"];

    public async ValueTask InitializeAsync()
    {
        App = await RunningSystem.StartAsync(builder =>
        {
            builder.CreateResourceBuilder<ProjectResource>("gateway")
                .WithEnvironment("RateLimits__PermitsPerWindow", PermitsPerWindow.ToString())
                .WithEnvironment("RateLimits__Window", "00:01:00")
                .WithEnvironment("RateLimits__TokenPermitsPerWindow", TokenPermitsPerWindow.ToString())
                .WithEnvironment("RateLimits__TokenWindow", "00:01:00");
            builder.CreateResourceBuilder<ProjectResource>("identity")
                .WithEnvironment("Identity__SignIn__AccountFailures", AccountFailures.ToString())
                .WithEnvironment("Identity__SignIn__AddressFailures", AddressFailures.ToString())
                .WithEnvironment("Identity__SignIn__Lockout", Lockout.ToString())
                .WithEnvironment("Identity__SignIn__BackOff", BackOff.ToString());
        });
        var gatewayHttp = App.GetEndpoint("gateway", "http");
        var admin = await Tokens.ClientCredentialsAsync(gatewayHttp, Tokens.AdminClientId, Tokens.AdminClientSecret(App.DataDirectory));
        // Set up straight at the identity service, so the gateway's buckets stay full.
        using var identity = GrpcChannel.ForAddress(App.GetEndpoint("identity"));
        var access = new AccessService.AccessServiceClient(identity.WithToken(admin));
        RaterToken = await ClientTokenAsync(access, gatewayHttp, "rater");
        SizerToken = await ClientTokenAsync(access, gatewayHttp, "sizer");
        ChunkerToken = await ClientTokenAsync(access, gatewayHttp, "chunker");
        foreach (var username in People)
        {
            await access.CreatePersonAsync(new CreatePersonRequest { Username = username, Person = new Person { DisplayName = username }, Password = Password });
        }
    }

    private static async Task<string> ClientTokenAsync(AccessService.AccessServiceClient access, Uri gateway, string clientId)
    {
        var created = await access.CreateClientAsync(new CreateClientRequest { ClientId = clientId, Client = new Client { DisplayName = clientId } });
        await access.GrantRoleAsync(new GrantRoleRequest { Grant = new RoleGrant { Principal = created.Client.Name, Role = Role.RegionalAdministrator } });
        return await Tokens.ClientCredentialsAsync(gateway, clientId, created.ClientSecret);
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

public sealed partial class LimitsTests(LimitedSystem system) : IClassFixture<LimitedSystem>
{
    [Fact]
    public async Task A_client_over_its_rate_is_turned_away_over_grpc_and_json()
    {
        using var channel = GrpcChannel.ForAddress(system.App.GetEndpoint("gateway", "grpc"));
        var funding = new FundingService.FundingServiceClient(channel.WithToken(system.RaterToken));
        for (var i = 0; i < LimitedSystem.PermitsPerWindow; i++)
        {
            await funding.ListFederationsAsync(new ListFederationsRequest());
        }

        await RpcAssert.FailsWith(StatusCode.ResourceExhausted, () => funding.ListFederationsAsync(new ListFederationsRequest()).ResponseAsync);
        using var http = new HttpClient { BaseAddress = system.App.GetEndpoint("gateway", "http") };
        http.DefaultRequestHeaders.Authorization = new("Bearer", system.RaterToken);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await http.GetAsync("/v1/federations")).StatusCode);
    }

    [Fact]
    public async Task A_request_over_four_mebibytes_is_refused_at_the_gateway()
    {
        using var http = new HttpClient { BaseAddress = system.App.GetEndpoint("gateway", "http") };
        http.DefaultRequestHeaders.Authorization = new("Bearer", system.SizerToken);
        var body = new StringContent($"{{\"display_name\": \"{new string('x', 5 * 1024 * 1024)}\"}}", Encoding.UTF8, "application/json");

        var response = await http.PostAsync("/v1/federations?federation_id=big", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
