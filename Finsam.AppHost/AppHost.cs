using Finsam.Hosting.DataFolder;
using Finsam.Hosting.Endpoints;
using Finsam.Hosting.Kubernetes.Publishing;
using Finsam.Hosting.Launch;
using Finsam.Hosting.PostgreSQL;
using Finsam.Hosting.Replicas;
using Finsam.Hosting.Restarts;
using Finsam.Hosting.Runtime;
using Finsam.Hosting.Telemetry;
using Microsoft.Extensions.Configuration;

var builder = DistributedApplication.CreateBuilder(args);

// Published (--operation publish), the model becomes Kubernetes manifests: nothing runs here,
// no data folder is opened, and every secret is the cluster's own.
var publishing = builder.ExecutionContext.IsPublishMode;
builder.AddKubernetesManifests();

// Data and generated secrets kept between runs, one AppHost per folder.
FinsamDataFolder? data = null;
try
{
    data = publishing ? null : FinsamDataFolder.Open(FinsamDataFolder.Resolve(builder.Configuration));
}
catch (DataFolderInUseException problem)
{
    return Refuse(problem.Message);
}
using var keptOpen = data;
builder.AddCrashRestarts();

IResourceBuilder<ParameterResource> Secret(string name, SecretKind kind = SecretKind.Password) =>
    data is null ? builder.AddParameter(name, secret: true) : builder.AddSecret(data, name, kind);

// Debian's PostgreSQL run here, or an existing server: ConnectionStrings__postgres (in a
// cluster, always a managed server, each service's database a Secret of its own).
IResourceBuilder<IResourceWithConnectionString> postgres;
try
{
    postgres = data is null || builder.Configuration.GetConnectionString("postgres") is { Length: > 0 }
        ? builder.AddConnectionString("postgres")
        : builder.AddDebianPostgres("postgres", data.Postgres,
            Secret("postgres-password"),
            builder.Configuration["AppHost:PostgresBinDirectory"]);
}
catch (PostgresNotInstalledException problem)
{
    return Refuse(problem.Message);
}

IResourceBuilder<PostgresDatabaseResource> Database(string service) =>
    postgres.AddServiceDatabase($"{service}db", roleName: service, Secret($"{service}db-password"));

var identityDb = Database("identity");
var fundingDb = Database("funding");
var grantsDb = Database("grants");
var budgetDb = Database("budget");
var documentsDb = Database("documents");
// The web app's sessions and keys, which its replicas share.
var webDb = Database("web");

// The services call each other per request, never while starting: each waits for its own
// database only, and they start side by side. The gateway, the one door, waits for all.
var identity = builder.AddProject<Projects.Finsam_Identity>("identity")
    .WithGrpcEndpoint()
    .WithReference(identityDb)
    .WaitFor(identityDb)
    .WithEnvironment("Identity__SigningKey", Secret("identity-signing-key", SecretKind.RsaPrivateKey))
    .WithEnvironment("Identity__EncryptionKey", Secret("identity-encryption-key", SecretKind.Key256))
    .WithEnvironment("Identity__BootstrapClientSecret", Secret("admin-client-secret"));

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
    .WithReference(webDb)
    .WaitFor(webDb)
    .WithEnvironment("Web__EncryptionKey", Secret("web-encryption-key", SecretKind.Key256))
    .WithReference(gateway)
    .WaitFor(gateway);

// Every process of ours: telemetry as chosen for the AppHost (Finsam:Telemetry, README), the
// same in each; a small youngest generation (README: Memory); and each runs as its build's
// assembly (`dotnet exec`), without an SDK process (`dotnet run`) beside it.
var projects = new[] { identity, funding, grants, budget, documents, gateway, web };
foreach (var project in projects)
{
    project.WithTelemetrySettings(builder.Configuration, builder.Environment)
        .WithSmallGen0Budget()
        .WithBuiltOutputLaunch();
}

// Identity sends people back to the web app after signing in and out, and nowhere else: here
// its local address, in a cluster the public one its Ingress serves (a setting).
var webAddress = publishing
    ? ReferenceExpression.Create($"{builder.AddParameter("web-public-url", "https://web.finsam.example", publishValueAsDefault: true)}")
    : ReferenceExpression.Create($"{web.GetEndpoint("http")}");
identity
    .WithEnvironment("Identity__WebClient__RedirectUris__0", ReferenceExpression.Create($"{webAddress}/signin-oidc"))
    .WithEnvironment("Identity__WebClient__PostLogoutRedirectUris__0", ReferenceExpression.Create($"{webAddress}/signout-callback-oidc"));

// Two or more of each service and of the web app here (AppHost:Replicas, README), as a cluster
// runs them: one dying is then not an outage. DCP's proxy has no sticky sessions; the web app's
// circuits need none (its browsers open theirs in one connection, its sessions are shared).
var replicas = builder.Configuration.GetValue("AppHost:Replicas", 1);
foreach (var project in projects)
{
    project.WithLocalReplicas(replicas);
}

// In a cluster: the web app's browsers stay with one replica (a Blazor circuit lives in one
// process), and the documents service has room for the Chromium it prints with.
web.WithStickySessions();
documents.WithKubernetesResources(cpuRequest: "200m", memoryRequest: "384Mi", memoryLimit: "1536Mi");

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
