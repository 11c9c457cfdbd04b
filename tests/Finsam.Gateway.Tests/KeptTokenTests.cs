using System.Net;

namespace Finsam.Gateway.Tests;

// A token checked once is not checked again for a while (ValidatedTokens); what is kept is
// that exact token's caller, never a near copy's.
public sealed class KeptTokenTests(GatewayUnderTest gateway) : IClassFixture<GatewayUnderTest>
{
    private const string Path = "/v1/federations/sundsvall";

    [Fact]
    public async Task A_token_accepted_before_is_accepted_again_and_the_same_token_with_another_signature_is_refused()
    {
        var token = TestIssuer.Token("someone");
        Assert.NotEqual(HttpStatusCode.Unauthorized, (await SendAsync(token)).StatusCode);
        Assert.NotEqual(HttpStatusCode.Unauthorized, (await SendAsync(token)).StatusCode);

        var (payload, signature) = (token[..token.LastIndexOf('.')], token[(token.LastIndexOf('.') + 1)..]);
        var forged = $"{payload}.{(signature[0] == 'A' ? 'B' : 'A')}{signature[1..]}";

        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(forged)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync($"{token}x")).StatusCode);
    }

    private async Task<HttpResponseMessage> SendAsync(string token)
    {
        using var client = gateway.Client();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return await client.GetAsync(Path);
    }
}
