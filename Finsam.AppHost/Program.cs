using Finsam.Hosting;
using Finsam.Hosting.ApplicationModel;

var builder = DistributedApplication.CreateBuilder(args);

// The operators' dashboard: every service's logs, traces and metrics, the resources and
// their consoles. Its sign-in link is printed at start.
builder.AddDashboard<Projects.Finsam_Dashboard>();

var postgres = builder.AddPostgres("postgres");
var identityDb = postgres.AddDatabase("identitydb");
var fundingDb = postgres.AddDatabase("fundingdb");
var grantsDb = postgres.AddDatabase("grantsdb");
var budgetDb = postgres.AddDatabase("budgetdb");
var documentsDb = postgres.AddDatabase("documentsdb");

var signingKey = builder.AddSecret("identity-signing-key", SecretKind.RsaPrivateKey);
var encryptionKey = builder.AddSecret("identity-encryption-key", SecretKind.Key256);
var adminClientSecret = builder.AddSecret("admin-client-secret");

var identity = builder.AddProject<Projects.Finsam_Identity>("identity")
    .WithReference(identityDb)
    .WaitFor(identityDb)
    .WithEnvironment("Identity__SigningKey", signingKey)
    .WithEnvironment("Identity__EncryptionKey", encryptionKey)
    .WithEnvironment("Identity__BootstrapClientSecret", adminClientSecret);

var funding = builder.AddProject<Projects.Finsam_Funding>("funding")
    .WithReference(fundingDb)
    .WaitFor(fundingDb)
    .WithReference(identity)
    .WaitFor(identity);

// Identity asks funding whether a federation exists before granting a role in it.
identity.WithReference(funding);

var grants = builder.AddProject<Projects.Finsam_Grants>("grants")
    .WithReference(grantsDb)
    .WaitFor(grantsDb)
    .WithReference(identity)
    .WithReference(funding)
    .WaitFor(funding);

var budget = builder.AddProject<Projects.Finsam_Budget>("budget")
    .WithReference(budgetDb)
    .WaitFor(budgetDb)
    .WithReference(identity)
    .WithReference(funding)
    .WithReference(grants)
    .WaitFor(funding)
    .WaitFor(grants);

// Prints PDFs with Debian's chromium, which .ci/install puts in place.
var documents = builder.AddProject<Projects.Finsam_Documents>("documents")
    .WithReference(documentsDb)
    .WaitFor(documentsDb)
    .WithReference(identity)
    .WithReference(funding)
    .WithReference(grants)
    .WithReference(budget)
    .WaitFor(budget);

builder.AddProject<Projects.Finsam_Gateway>("gateway")
    .WithHttpEndpoint(port: 5080, name: "http")
    .WithHttpEndpoint(port: 5081, name: "grpc")
    .WithEndpoint("grpc", endpoint => endpoint.Transport = "http2")
    .WithExternalHttpEndpoints()
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

builder.Build().Run();
