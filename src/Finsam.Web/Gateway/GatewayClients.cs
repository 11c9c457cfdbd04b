using System.Security.Claims;
using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Documents.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.Contracts.Identity.V1;
using Finsam.Web.SignIn;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;

namespace Finsam.Web.Gateway;

// The services' clients for the signed-in person: every call goes to the gateway over gRPC
// with their access token, so each service decides what they may do, as for any client app.
public sealed class GatewayClients(GrpcChannel gateway, PersonSession person)
{
    public async Task<FundingService.FundingServiceClient> FundingAsync() => new(await AsPersonAsync());

    public async Task<GrantsService.GrantsServiceClient> GrantsAsync() => new(await AsPersonAsync());

    public async Task<BudgetService.BudgetServiceClient> BudgetAsync() => new(await AsPersonAsync());

    public async Task<DocumentService.DocumentServiceClient> DocumentsAsync() => new(await AsPersonAsync());

    public async Task<AccessService.AccessServiceClient> AccessAsync() => new(await AsPersonAsync());

    // For a plain request outside a circuit (a file download), as the request's own user.
    public async Task<DocumentService.DocumentServiceClient> DocumentsAsync(ClaimsPrincipal user, CancellationToken ct) =>
        new(WithToken(await person.AccessTokenAsync(user, ct)));

    public async Task<FundingService.FundingServiceClient> FundingAsync(ClaimsPrincipal user, CancellationToken ct) =>
        new(WithToken(await person.AccessTokenAsync(user, ct)));

    public async Task<GrantsService.GrantsServiceClient> GrantsAsync(ClaimsPrincipal user, CancellationToken ct) =>
        new(WithToken(await person.AccessTokenAsync(user, ct)));

    public async Task<BudgetService.BudgetServiceClient> BudgetAsync(ClaimsPrincipal user, CancellationToken ct) =>
        new(WithToken(await person.AccessTokenAsync(user, ct)));

    private async Task<CallInvoker> AsPersonAsync() => WithToken(await person.AccessTokenAsync());

    private CallInvoker WithToken(string token) =>
        gateway.Intercept(metadata =>
        {
            metadata.Add("Authorization", $"Bearer {token}");
            return metadata;
        });

    public static void Add(IServiceCollection services, Uri grpcAddress)
    {
        // One channel to the gateway for every person: HTTP/2 connections are shared, the
        // token travels per call.
        services.AddSingleton(_ => GrpcChannel.ForAddress(grpcAddress, new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) },
            MaxReceiveMessageSize = 32 * 1024 * 1024,
        }));
        services.AddScoped<GatewayClients>();
    }
}
