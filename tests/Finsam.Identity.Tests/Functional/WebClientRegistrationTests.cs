using System.Net;
using System.Text.Json;
using Finsam.FunctionalTesting.Security;
using Finsam.Identity.Data;
using Finsam.Identity.Tokens;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using OpenIddict.EntityFrameworkCore.Models;

namespace Finsam.Identity.Tests.Functional;

// The web app's registration follows configuration at every start: new addresses replace
// the old ones, the same ones change nothing. And the discovery document tells a client
// app where each endpoint is and what it accepts.
public sealed class WebClientRegistrationTests(IdentityHost host) : IClassFixture<IdentityHost>
{
    [Fact]
    public async Task New_addresses_replace_the_old_and_the_same_ones_change_nothing()
    {
        const string moved = "https://ny.finsam.test/signin-oidc";
        var before = await ConcurrencyTokenAsync();
        await EnsureAsync(IdentityHost.RedirectUri);
        Assert.Equal(before, await ConcurrencyTokenAsync());

        await EnsureAsync(moved);

        Assert.NotEqual(before, await ConcurrencyTokenAsync());
        var atTheNewAddress = await host.NewBrowser().AuthorizeAsync(host.NewRequest() with { RedirectUri = moved });
        Assert.Contains("Logga in i Finsam", atTheNewAddress.Text);
        var atTheOld = await host.NewBrowser().AuthorizeAsync(host.NewRequest());
        Assert.Contains("Inloggningen kan inte börja", atTheOld.Text);
    }

    [Fact]
    public async Task The_discovery_document_names_every_endpoint_and_s256_alone()
    {
        using var http = host.Http(Caller.Anonymous);

        var configuration = JsonDocument.Parse(await http.GetStringAsync("/.well-known/openid-configuration")).RootElement;

        Assert.Equal("http://localhost/connect/authorize", configuration.GetProperty("authorization_endpoint").GetString());
        Assert.Equal("http://localhost/connect/token", configuration.GetProperty("token_endpoint").GetString());
        Assert.Equal("http://localhost/connect/endsession", configuration.GetProperty("end_session_endpoint").GetString());
        Assert.Equal("http://localhost/connect/revoke", configuration.GetProperty("revocation_endpoint").GetString());
        Assert.Equal(["S256"], configuration.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()));
        Assert.Superset(new HashSet<string?> { "openid", "profile", "offline_access", "roles" },
            configuration.GetProperty("scopes_supported").EnumerateArray().Select(s => s.GetString()).ToHashSet());
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(configuration.GetProperty("jwks_uri").GetString())).StatusCode);
    }

    private async Task EnsureAsync(string redirectUri)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ClientStore>().EnsurePublicAsync(WebClientOptions.ClientId, WebClientOptions.DisplayName,
            [new Uri(redirectUri)], [new Uri(IdentityHost.PostLogoutRedirectUri)], CancellationToken.None);
    }

    // Changes with every write of the client's row.
    private async Task<string?> ConcurrencyTokenAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var application = await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().FindByClientIdAsync(WebClientOptions.ClientId);
        return ((OpenIddictEntityFrameworkCoreApplication)application!).ConcurrencyToken;
    }
}
