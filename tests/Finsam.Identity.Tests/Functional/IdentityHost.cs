using System.Security.Cryptography;
using Finsam.Contracts.Identity.V1;
using Finsam.FunctionalTesting.Hosting;
using Finsam.FunctionalTesting.Postgres;
using Finsam.FunctionalTesting.Security;
using Caller = Finsam.FunctionalTesting.Security.Caller;
using Finsam.Identity.Tokens;
using Finsam.SignInTesting;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Finsam.Identity.Tests.Functional;

// The identity service for one test class, on a database of its own, with its own keys, the
// web app registered at two addresses of its own, and funding played by a stand-in. People
// and roles are made as the region makes them: through AccessService, with a token the
// bootstrap client gets at the token endpoint (identity trusts only its own tokens).
public class IdentityHost(TestPostgres postgres) : ServiceFixture<Program>(postgres, "identitydb")
{
    public const string RedirectUri = "https://webb.finsam.test/signin-oidc";
    public const string PostLogoutRedirectUri = "https://webb.finsam.test/signout-callback-oidc";
    public const string Password = "ett-långt-lösenord";

    // Wrong passwords in a row before a username is locked; an address is never locked here
    // (every request of a test server comes from the same, unknown one).
    public const int AccountFailures = 3;

    private static readonly string AdminSecret = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));

    public FundingStandIn Funding { get; } = new();

    protected override void AddStandIns(StandIns standIns) => standIns.Add(Funding);

    private readonly Dictionary<string, string?> _settings = new()
    {
        ["Identity:SigningKey"] = RSA.Create(2048).ExportPkcs8PrivateKeyPem(),
        ["Identity:EncryptionKey"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)),
        ["Identity:BootstrapClientSecret"] = AdminSecret,
        ["Identity:WebClient:RedirectUris:0"] = RedirectUri,
        ["Identity:WebClient:PostLogoutRedirectUris:0"] = PostLogoutRedirectUri,
        ["Identity:SignIn:AccountFailures"] = AccountFailures.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Identity:SignIn:AddressFailures"] = "100000",
        ["Identity:SignIn:BackOff"] = "00:00:00.001",
        ["Identity:SignIn:MaxBackOff"] = "00:00:00.002",
    };

    protected override IReadOnlyDictionary<string, string?> Settings => _settings;

    // One more setting, for a host of another kind (ExternalSignInHost), before it starts.
    protected void Set(string key, string? value) => _settings[key] = value;

    // A browser of its own: cookies of its own.
    public SignInBrowser NewBrowser() => new(Browser());

    // A browser whose requests reach two replicas of identity in turn (one database, the same
    // keys and settings), as behind a load balancer without affinity.
    public async Task<SignInBrowser> NewBrowserAcrossReplicasAsync()
    {
        var turns = new TakingTurns(Handler(), await ReplicaHandlerAsync());
        return new(new HttpClient(new CookieContainerHandler { InnerHandler = turns }) { BaseAddress = new Uri("http://localhost") });
    }

    // The officers' web app, exchanging codes and refreshing at the token endpoint.
    public ClientApp WebApp() => new(Http(Caller.Anonymous), WebClientOptions.ClientId);

    public AuthorizationRequest NewRequest() => AuthorizationRequest.For(WebClientOptions.ClientId, RedirectUri);

    public async Task<AccessService.AccessServiceClient> AccessAsync()
    {
        using var http = Http(Caller.Anonymous);
        var answer = await TokenAnswer.RequestAsync(http, new()
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = TokenServerOptions.BootstrapClientId,
            ["client_secret"] = AdminSecret,
        });
        return new AccessService.AccessServiceClient(WithBearer(answer.AccessToken ?? throw new InvalidOperationException($"No admin token: {answer.Body}")));
    }

    // The caller a token makes, as identity's own GetCaller tells it: the token at work at a service.
    public Task<Contracts.Identity.V1.Caller> CallerOfAsync(string accessToken) =>
        new AccessService.AccessServiceClient(WithBearer(accessToken)).GetCallerAsync(new GetCallerRequest()).ResponseAsync;

    // A new person with Password and these roles, each in a new federation funding knows;
    // their username.
    public Task<string> NewPersonAsync(params Role[] roles) => NewLinkedPersonAsync("", roles);

    // The same, linked to their subject at the external provider ("" for none).
    public async Task<string> NewLinkedPersonAsync(string externalSubject, params Role[] roles)
    {
        var access = await AccessAsync();
        var username = $"p-{Guid.NewGuid():N}"[..20];
        await access.CreatePersonAsync(new CreatePersonRequest
        {
            Username = username,
            Person = new Person { DisplayName = "Anna Andersson", ExternalSubject = externalSubject },
            Password = Password,
        });
        foreach (var role in roles)
        {
            await GrantAsync(username, role);
        }
        return username;
    }

    public async Task GrantAsync(string username, Role role)
    {
        var federation = $"f-{Guid.NewGuid():N}"[..20];
        Funding.Add(federation);
        await (await AccessAsync()).GrantRoleAsync(new GrantRoleRequest
        {
            Grant = new RoleGrant
            {
                Principal = $"people/{username}",
                Role = role,
                Federation = role == Role.RegionalAdministrator ? "" : $"federations/{federation}",
            },
        });
    }

    // A person signed in on the sign-in page in this browser: the request and the answer
    // that sends the browser back to the web app (with a code, or an error).
    public async Task<(AuthorizationRequest Request, Answer Callback)> SignInAsync(SignInBrowser browser, string username, AuthorizationRequest? request = null)
    {
        request ??= NewRequest();
        var page = await browser.AuthorizeAsync(request);
        return (request, await browser.SignInAsync(page, username, Password));
    }

    // The tokens the web app gets for a person who signs in: the code flow, in a browser of
    // its own (people get tokens no other way).
    public async Task<TokenAnswer> TokensAsync(string username)
    {
        var (request, callback) = await SignInAsync(NewBrowser(), username);
        return await WebApp().ExchangeAsync(callback.Query["code"], request);
    }
}
