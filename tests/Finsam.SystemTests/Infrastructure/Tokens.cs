using System.Net;
using System.Text.Json;
using Finsam.SignInTesting;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;

namespace Finsam.SystemTests.Infrastructure;

// Tokens as a client app gets them: OAuth 2.0 at the gateway's /connect/token, for the
// client app itself (client credentials) or for a person signed in through it (the code flow).
public static class Tokens
{
    public const string AdminClientId = "finsam-admin";

    // The regional administrators' client secret, generated in the data folder.
    public static string AdminClientSecret(string dataDirectory) =>
        File.ReadAllText(Path.Combine(dataDirectory, "secrets", "admin-client-secret")).Trim();

    public static async Task<string> ClientCredentialsAsync(Uri gateway, string clientId, string clientSecret)
    {
        using var http = new HttpClient { BaseAddress = gateway };
        var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
        }));
        return await AccessTokenOf(response);
    }

    // The officers' web app: people get tokens only through a client app's code flow.
    public const string WebClientId = "finsam-web";

    // The web app's own address to come back to after signing in, as the AppHost registers
    // it for finsam-web: a test playing the app stops the browser there and trades the code
    // itself, so the web app never sees it.
    public static string WebRedirectUri(Uri webApp) => new Uri(webApp, "/signin-oidc").ToString();

    // A person signs in through the gateway as in the web app: the browser is sent to
    // identity's sign-in page with the app's request, the person types their password, and
    // the app trades the code (with its PKCE verifier) for tokens. The callback the browser
    // got is returned too: a refusal is a page in Swedish, not a redirect to the app.
    public static async Task<(Answer Callback, TokenAnswer? Tokens)> SignInAsync(HttpClient browserHttp, Uri webApp, string username, string password)
    {
        var request = AuthorizationRequest.For(WebClientId, WebRedirectUri(webApp));
        var browser = new SignInBrowser(browserHttp);
        var page = await browser.AuthorizeAsync(request);
        Assert.True(page.Status == HttpStatusCode.OK, $"No sign-in page: {(int)page.Status} {page.Location} {page.Text}");
        var callback = await browser.SignInAsync(page, username, password);
        if (!callback.Query.TryGetValue("code", out var code))
        {
            return (callback, null);
        }
        using var appHttp = new HttpClient { BaseAddress = browserHttp.BaseAddress };
        return (callback, await new ClientApp(appHttp, WebClientId).ExchangeAsync(code, request));
    }

    // A person's access token, from a browser of its own (SignInAsync); the sign-in must succeed.
    public static async Task<string> PersonAsync(Uri gateway, Uri webApp, string username, string password)
    {
        using var browserHttp = Browser(gateway);
        var (callback, tokens) = await SignInAsync(browserHttp, webApp, username, password);
        return tokens is { Status: HttpStatusCode.OK, AccessToken: { } accessToken }
            ? accessToken
            : throw new InvalidOperationException($"No token: {(int)callback.Status} {callback.Location} {callback.Text} {tokens?.Body}");
    }

    // A browser: it keeps its cookies and follows no redirect by itself (SignInBrowser does).
    public static HttpClient Browser(Uri gateway) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new() }) { BaseAddress = gateway };

    private static async Task<string> AccessTokenOf(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"No token: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    // Every call on the channel carries the token ("" for none).
    public static CallInvoker WithToken(this GrpcChannel channel, string token) =>
        token.Length == 0
            ? channel.CreateCallInvoker()
            : channel.Intercept(metadata =>
            {
                metadata.Add("Authorization", $"Bearer {token}");
                return metadata;
            });
}
