using System.Net;
using System.Text.Json;
using Finsam.Contracts.Identity.V1;
using Finsam.Identity.Tokens;
using Finsam.SignInTesting;
using Caller = Finsam.FunctionalTesting.Security.Caller;

namespace Finsam.Identity.Tests.Functional;

// People sign in only through a client app's code flow: the token endpoint takes no
// password, not even the right one, and the discovery document offers no such grant.
// Client apps keep their client credentials.
public sealed class RetiredPasswordGrantTests(IdentityHost host) : IClassFixture<IdentityHost>
{
    [Fact]
    public async Task The_token_endpoint_refuses_a_persons_right_password_as_an_unsupported_grant()
    {
        var username = await host.NewPersonAsync(Role.Reader);
        using var http = host.Http(Caller.Anonymous);

        foreach (var clientId in new string?[] { null, WebClientOptions.ClientId })
        {
            var form = new Dictionary<string, string> { ["grant_type"] = "password", ["username"] = username, ["password"] = IdentityHost.Password };
            if (clientId is not null)
            {
                form["client_id"] = clientId;
            }

            var answer = await TokenAnswer.RequestAsync(http, form);

            Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
            Assert.Equal("unsupported_grant_type", answer.Error);
            Assert.Null(answer.AccessToken);
        }
        // The person still signs in, through the code flow.
        Assert.Equal(HttpStatusCode.OK, (await host.TokensAsync(username)).Status);
    }

    [Fact]
    public async Task Discovery_offers_the_code_flow_refreshing_and_client_credentials_only()
    {
        using var http = host.Http(Caller.Anonymous);

        var configuration = JsonDocument.Parse(await http.GetStringAsync("/.well-known/openid-configuration")).RootElement;

        Assert.Equal(["authorization_code", "client_credentials", "refresh_token"],
            configuration.GetProperty("grant_types_supported").EnumerateArray().Select(grant => grant.GetString()).Order());
    }

    [Fact]
    public async Task Client_apps_keep_their_client_credentials()
    {
        var access = await host.AccessAsync();

        Assert.Equal("clients/finsam-admin", (await access.GetCallerAsync(new GetCallerRequest())).Principal);
    }
}
