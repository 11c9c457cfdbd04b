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

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddServiceDatabase<IdentityDbContext>("identitydb");

var identitySection = builder.Configuration.GetSection(TokenServerOptions.Section);
builder.Services.Configure<TokenServerOptions>(identitySection);
var identity = identitySection.Get<TokenServerOptions>() ?? new TokenServerOptions();

builder.Services.AddOpenIddict()
    .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>())
    .AddServer(server =>
    {
        server.SetIssuer(new Uri(identity.Issuer));
        server.SetTokenEndpointUris("connect/token");
        server.AllowClientCredentialsFlow();
        server.AllowPasswordFlow();
        // People sign in with a password and no client of their own.
        server.AcceptAnonymousClients();
        server.AddSigningKey(SigningKeys.FromPem(identity.SigningKey));
        server.AddEncryptionKey(new SymmetricSecurityKey(Convert.FromHexString(identity.EncryptionKey)));
        // Every service validates access tokens as plain signed JWTs.
        server.DisableAccessTokenEncryption();
        server.SetAccessTokenLifetime(identity.AccessTokenLifetime);
        server.AddEventHandler(PublicEndpoints.Descriptor);
        server.UseAspNetCore()
            .EnableTokenEndpointPassthrough()
            // Inside the system the gateway and services speak cleartext HTTP/2.
            .DisableTransportSecurityRequirement();
    })
    .AddValidation(validation =>
    {
        validation.UseLocalServer();
        validation.AddAudiences(TokenEndpoint.Audience);
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
builder.AddPasswordSignIn();

var app = builder.Build();

await app.MigrateDatabaseAsync<IdentityDbContext>();
await app.EnsureBootstrapClientAsync();

app.MapTokenEndpoint();
app.MapFinsamGrpc<AccessService>();
app.MapDefaultEndpoints();

app.Run();
