using Finsam.Contracts.Funding.V1;
using Finsam.Identity.Data;
using Finsam.Identity.Dependencies;
using Finsam.Identity.Grpc;
using Finsam.Identity.SignIn;
using Finsam.Identity.Tokens;
using Finsam.ServiceKit.Grpc;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddServiceDatabase<IdentityDbContext>("identitydb");

var identitySection = builder.Configuration.GetSection(TokenServerOptions.Section);
builder.Services.Configure<TokenServerOptions>(identitySection);
var identity = identitySection.Get<TokenServerOptions>() ?? new TokenServerOptions();
// OpenIddict's tokens and the stored sign-in keys (IdentitySession) are both sealed with it.
var encryptionKey = Convert.FromHexString(identity.EncryptionKey);

builder.Services.AddOpenIddict()
    .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>())
    .AddServer(server =>
    {
        server.SetIssuer(new Uri(identity.Issuer));
        server.SetAuthorizationEndpointUris(AuthorizationEndpoint.Path.TrimStart('/'));
        server.SetTokenEndpointUris("connect/token");
        server.SetEndSessionEndpointUris(EndSessionEndpoint.Path.TrimStart('/'));
        server.SetRevocationEndpointUris("connect/revoke");
        server.AllowClientCredentialsFlow();
        // People through a client app (the web app): a code for the app, proven with its
        // PKCE verifier (S256 only), and rolling refresh tokens that end SignInLifetime
        // after the sign-in.
        server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
        server.Configure(options => options.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
        server.AllowRefreshTokenFlow();
        server.SetRefreshTokenLifetime(identity.SignInLifetime);
        server.DisableSlidingRefreshTokenExpiration();
        server.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.OfflineAccess, Scopes.Roles);
        // People sign in only through a client app's code flow (the password grant is
        // retired): a token request names its client, and an unknown grant type is
        // unsupported_grant_type, before any handler here sees it.
        server.AddSigningKey(SigningKeys.FromPem(identity.SigningKey));
        server.AddEncryptionKey(new SymmetricSecurityKey(encryptionKey));
        // Every service validates access tokens as plain signed JWTs.
        server.DisableAccessTokenEncryption();
        server.SetAccessTokenLifetime(identity.AccessTokenLifetime);
        server.AddEventHandler(PublicEndpoints.Descriptor);
        server.UseAspNetCore()
            .EnableTokenEndpointPassthrough()
            .EnableAuthorizationEndpointPassthrough()
            .EnableEndSessionEndpointPassthrough()
            // What cannot go back to a client is answered with a page in Swedish, not plain text.
            .EnableErrorPassthrough()
            // Inside the system the gateway and services speak cleartext HTTP/2.
            .DisableTransportSecurityRequirement();
    })
    .AddValidation(validation =>
    {
        validation.UseLocalServer();
        validation.AddAudiences(TokenClaims.Audience);
        validation.UseAspNetCore();
    });

builder.Services.AddAuthentication(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
builder.Services.AddAuthorization();
builder.AddFinsamGrpc(authenticate: false);
builder.Services.AddFinsamGrpcClient<FundingService.FundingServiceClient>("funding");
builder.Services.AddScoped<FederationDirectory>();
builder.Services.AddSingleton<IPasswordHasher<PersonEntity>, PasswordHasher<PersonEntity>>();
builder.Services.AddScoped<ClientStore>();
builder.Services.AddScoped<PersonStore>();
builder.Services.AddScoped<RoleGrantStore>();
builder.Services.AddScoped<TokenClaims>();
builder.AddPasswordSignIn();
builder.AddIdentitySession(identity.SignInLifetime, encryptionKey);
builder.AddExternalSignIn();

var app = builder.Build();

await app.MigrateDatabaseAsync<IdentityDbContext>();
await app.EnsureBootstrapClientAsync();
await app.EnsureWebClientAsync();

app.MapAuthorizationEndpoint();
app.MapSignInPage();
app.MapExternalSignIn();
app.MapTokenEndpoint();
app.MapEndSessionEndpoint();
app.MapFinsamGrpc<AccessService>();
app.MapDefaultEndpoints();

app.Run();
