using System.Net;
using Finsam.Contracts.Funding.V1;
using Finsam.SystemTests.Infrastructure;
using Grpc.Core;
using Grpc.Net.Client;

namespace Finsam.SystemTests.Platform;

// A body that does not say its length is held to the same 4 MiB and never reaches a service.
public sealed partial class LimitsTests
{
    [Theory]
    [InlineData(20)]
    [InlineData(60)]
    public async Task A_chunked_json_body_over_the_limit_is_refused_and_never_forwarded(int megabytes)
    {
        using var http = new HttpClient { BaseAddress = system.App.GetEndpoint("gateway", "http") };
        http.DefaultRequestHeaders.Authorization = new("Bearer", system.ChunkerToken);
        var id = $"chunked-{megabytes}";

        var response = await http.PostAsync($"/v1/federations?federation_id={id}", new ChunkedJson(megabytes * 1024 * 1024));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("at most 4194304", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/v1/federations/{id}")).StatusCode);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(60)]
    public async Task A_grpc_message_over_the_limit_is_resource_exhausted_and_never_forwarded(int megabytes)
    {
        using var channel = GrpcChannel.ForAddress(system.App.GetEndpoint("gateway", "grpc"));
        var funding = new FundingService.FundingServiceClient(channel.WithToken(system.ChunkerToken));
        var id = $"grpc-big-{megabytes}";

        var failure = await RpcAssert.FailsWith(StatusCode.ResourceExhausted, () => funding.CreateFederationAsync(new CreateFederationRequest
        {
            FederationId = id,
            Federation = new Federation { DisplayName = new string('x', megabytes * 1024 * 1024) },
        }).ResponseAsync);

        Assert.Contains("at most 4194304", failure.Status.Detail);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => funding.GetFederationAsync(new GetFederationRequest { Name = $"federations/{id}" }).ResponseAsync);
    }

    // JSON of the given size, sent chunked: its length is not known up front.
    private sealed class ChunkedJson(int size) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)'x');
            await stream.WriteAsync("{\"display_name\": \""u8.ToArray());
            for (var written = 0; written < size; written += chunk.Length)
            {
                await stream.WriteAsync(chunk);
            }
            await stream.WriteAsync("\"}"u8.ToArray());
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
