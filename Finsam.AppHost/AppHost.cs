using Finsam.Hosting.DataFolder;
using Finsam.Hosting.Endpoints;
using Finsam.Hosting.PostgreSQL;
using Finsam.Hosting.Restarts;
using Finsam.Hosting.Telemetry;
using Microsoft.Extensions.Configuration;

var builder = DistributedApplication.CreateBuilder(args);

// Data and generated secrets kept between runs, one AppHost per folder.
FinsamDataFolder data;
try
{
    data = FinsamDataFolder.Open(FinsamDataFolder.Resolve(builder.Configuration));
}
catch (DataFolderInUseException problem)
{
    return Refuse(problem.Message);
}
using var keptOpen = data;
builder.AddCrashRestarts();

// Debian's PostgreSQL run here, or an existing server: ConnectionStrings__postgres.
IResourceBuilder<IResourceWithConnectionString> postgres;
try
{
    postgres = builder.Configuration.GetConnectionString("postgres") is { Length: > 0 }
        ? builder.AddConnectionString("postgres")
        : builder.AddDebianPostgres("postgres", data.Postgres,
            builder.AddSecret(data, "postgres-password"),
            builder.Configuration["AppHost:PostgresBinDirectory"]);
}
catch (PostgresNotInstalledException problem)
{
    return Refuse(problem.Message);
}

IResourceBuilder<PostgresDatabaseResource> Database(string service) =>
    postgres.AddServiceDatabase($"{service}db", roleName: service, builder.AddSecret(data, $"{service}db-password"));

var identityDb = Database("identity");
var fundingDb = Database("funding");
var grantsDb = Database("grants");
var budgetDb = Database("budget");
var documentsDb = Database("documents");

// The services call each other per request, never while starting: each waits for its own
// database only, and they start side by side. The gateway, the one door, waits for all.
var identity = builder.AddProject<Projects.Finsam_Identity>("identity")
    .WithGrpcEndpoint()
    .WithReference(identityDb)
    .WaitFor(identityDb)
    .WithEnvironment("Identity__SigningKey", builder.AddSecret(data, "identity-signing-key", SecretKind.RsaPrivateKey))
    .WithEnvironment("Identity__EncryptionKey", builder.AddSecret(data, "identity-encryption-key", SecretKind.Key256))
    .WithEnvironment("Identity__BootstrapClientSecret", builder.AddSecret(data, "admin-client-secret"));

var funding = builder.AddProject<Projects.Finsam_Funding>("funding")
    .WithGrpcEndpoint()
    .WithReference(fundingDb)
    .WaitFor(fundingDb)
    .WithReference(identity);

// Identity asks funding whether a federation exists before granting a role in it.
identity.WithReference(funding);

var grants = builder.AddProject<Projects.Finsam_Grants>("grants")
    .WithGrpcEndpoint()
    .WithReference(grantsDb)
    .WaitFor(grantsDb)
    .WithReference(identity)
    .WithReference(funding);

var budget = builder.AddProject<Projects.Finsam_Budget>("budget")
    .WithGrpcEndpoint()
    .WithReference(budgetDb)
    .WaitFor(budgetDb)
    .WithReference(identity)
    .WithReference(funding)
    .WithReference(grants);

// Prints PDFs with Debian's chromium, which .ci/install puts in place.
var documents = builder.AddProject<Projects.Finsam_Documents>("documents")
    .WithGrpcEndpoint()
    .WithReference(documentsDb)
    .WaitFor(documentsDb)
    .WithReference(identity)
    .WithReference(funding)
    .WithReference(grants)
    .WithReference(budget);

// The only address clients use: JSON on 5080 (HTTP/1.1), gRPC on 5081 (HTTP/2); free ports
// instead with Aspire's DcpPublisher:RandomizePorts (tests, a second system beside a first).
var randomizePorts = builder.Configuration.GetValue<bool>("DcpPublisher:RandomizePorts");
int GatewayPort(int standard) => randomizePorts ? LoopbackPorts.Free() : standard;

var gateway = builder.AddProject<Projects.Finsam_Gateway>("gateway")
    .WithKestrelEndpoint("http", GatewayPort(5080), HttpProtocols.Http1)
    .WithKestrelEndpoint("grpc", GatewayPort(5081), HttpProtocols.Http2)
    .WithExternalHttpEndpoints()
    .WithHttpHealthProbe("http")
    .WithReference(identity)
    .WithReference(funding)
    .WithReference(grants)
    .WithReference(budget)
    .WithReference(documents)
    .WaitFor(identity)
    .WaitFor(funding)
    .WaitFor(grants)
    .WaitFor(budget)
    .WaitFor(documents);

// The officers' web app on 5090: a client app like any other, it calls only the gateway (gRPC
// with the person's token) and signs people in at identity through it.
var web = builder.AddProject<Projects.Finsam_Web>("web")
    .WithKestrelEndpoint("http", randomizePorts ? LoopbackPorts.Free() : 5090, HttpProtocols.Http1)
    .WithExternalHttpEndpoints()
    .WithHttpHealthProbe("http")
    .WithReference(gateway)
    .WaitFor(gateway);

// Telemetry as chosen for the AppHost (Finsam:Telemetry, README), the same in every process.
foreach (var project in new[] { identity, funding, grants, budget, documents, gateway, web })
{
    project.WithTelemetrySettings(builder.Configuration, builder.Environment);
}

// Identity sends people back to the web app after signing in and out, and nowhere else.
var webHttp = web.GetEndpoint("http");
identity
    .WithEnvironment("Identity__WebClient__RedirectUris__0", ReferenceExpression.Create($"{webHttp}/signin-oidc"))
    .WithEnvironment("Identity__WebClient__PostLogoutRedirectUris__0", ReferenceExpression.Create($"{webHttp}/signout-callback-oidc"));

// Once everything answers, say where the system is (README's walk-through reads these lines).
gateway.OnResourceReady((resource, _, _) =>
{
    Console.WriteLine($"gateway http: {resource.GetEndpoint("http").Url}");
    Console.WriteLine($"gateway grpc: {resource.GetEndpoint("grpc").Url}");
    return Task.CompletedTask;
});
web.OnResourceReady((resource, _, _) =>
{
    Console.WriteLine($"web app: {resource.GetEndpoint("http").Url}");
    return Task.CompletedTask;
});

builder.Build().Run();
return 0;

// A problem a person fixes before starting (no PostgreSQL, a busy data folder): said plainly.
static int Refuse(string problem)
{
    Console.Error.WriteLine(problem);
    return 1;
}
