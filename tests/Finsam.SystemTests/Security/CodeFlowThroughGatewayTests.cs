using System.Net;
using System.Text.Json;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Identity.V1;
using Finsam.SignInTesting;
using Finsam.SystemTests.Infrastructure;
using Finsam.SystemTests.Web;
using Grpc.Core;

namespace Finsam.SystemTests.Security;

// A person signs in to the web app through the gateway's HTTP/1.1 port, as their browser and
// the app would: the authorization code flow with PKCE, the sign-in page behind the gateway,
// and tokens with the person's roles, which every service authorizes alike. It is the only way
// a person gets a token: the token endpoint takes no password.
[Collection(WebSystemCollection.Name)]
public sealed class CodeFlowThroughGatewayTests(WebSystem system)
{
    private const string Password = "ett-långt-lösenord";

    [Fact]
    public async Task A_person_signs_in_through_the_gateway_and_the_apps_tokens_work_at_every_service_as_their_roles_allow()
    {
        var (mine, other) = (Federations.NewId("egen"), Federations.NewId("annan"));
        foreach (var id in new[] { mine, other })
        {
            await system.Funding.CreateFederationAsync(new CreateFederationRequest { FederationId = id, Federation = Federations.Sundsvall() });
        }
        var username = Federations.NewId("person");
        await system.Access.CreatePersonAsync(new CreatePersonRequest { Username = username, Person = new Person { DisplayName = "Anna Andersson" }, Password = Password });
        await system.Access.GrantRoleAsync(new GrantRoleRequest
        {
            Grant = new RoleGrant { Principal = $"people/{username}", Role = Role.Editor, Federation = $"federations/{mine}" },
        });
        using var browserHttp = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new() })
        {
            BaseAddress = system.GatewayHttp,
        };
        using var appHttp = new HttpClient { BaseAddress = system.GatewayHttp };
        var browser = new SignInBrowser(browserHttp);
        var app = new ClientApp(appHttp, WebSystem.ClientId);
        var request = AuthorizationRequest.For(WebSystem.ClientId, WebSystem.RedirectUri);

        // The discovery document sends the app to the gateway for every step.
        var gateway = system.GatewayHttp.GetLeftPart(UriPartial.Authority);
        var configuration = JsonDocument.Parse(await appHttp.GetStringAsync("/.well-known/openid-configuration")).RootElement;
        Assert.Equal($"{gateway}/connect/authorize", configuration.GetProperty("authorization_endpoint").GetString());
        Assert.Equal($"{gateway}/connect/endsession", configuration.GetProperty("end_session_endpoint").GetString());

        var page = await browser.AuthorizeAsync(request);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("<html lang=\"sv\">", page.Html);
        Assert.Empty(page.Internals);

        var refused = await browser.SignInAsync(page, username, "fel-lösenord-helt-och-hållet");
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("Användarnamnet eller lösenordet är fel.", refused.Text);
        Assert.Empty(refused.Internals);

        var callback = await browser.SignInAsync(refused, username, Password);
        Assert.Equal(WebSystem.RedirectUri, callback.Location!.GetLeftPart(UriPartial.Path));
        Assert.Equal(request.State, callback.Query["state"]);

        Assert.Equal("invalid_grant", (await app.ExchangeAsync(callback.Query["code"], request, verifier: request.CodeVerifier + "x")).Error);
        var tokens = await app.ExchangeAsync(callback.Query["code"], request);
        Assert.Equal(HttpStatusCode.OK, tokens.Status);

        // The role the region gave the person, and the services read it from the token.
        Assert.Equal([$"editor:{mine}"], TokenAnswer.GrantsOf(tokens.AccessToken!));
        var funding = system.FundingAs(tokens.AccessToken!);
        Assert.Equal($"federations/{mine}", (await funding.GetFederationAsync(new GetFederationRequest { Name = $"federations/{mine}" })).Name);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            funding.GetFederationAsync(new GetFederationRequest { Name = $"federations/{other}" }).ResponseAsync);

        // The app renews its tokens with the refresh token, also through the gateway.
        var refreshed = await app.RefreshAsync(tokens.RefreshToken!);
        Assert.Equal(HttpStatusCode.OK, refreshed.Status);
        var caller = await new AccessService.AccessServiceClient(system.Channel.WithToken(refreshed.AccessToken!)).GetCallerAsync(new GetCallerRequest());
        Assert.Equal($"people/{username}", caller.Principal);

        // Signing out ends the session at identity and goes back to the app.
        var signedOut = await browser.GetAsync("/connect/endsession?" +
            $"id_token_hint={tokens.IdToken}&post_logout_redirect_uri={Uri.EscapeDataString(WebSystem.PostLogoutRedirectUri)}");
        Assert.Equal(WebSystem.PostLogoutRedirectUri, signedOut.Location!.GetLeftPart(UriPartial.Path));
        Assert.Contains("Logga in i Finsam", (await browser.AuthorizeAsync(AuthorizationRequest.For(WebSystem.ClientId, WebSystem.RedirectUri))).Text);
    }
}
