using Finsam.Hosting;

var builder = DistributedApplication.CreateBuilder(args);

var postgres = builder.AddPostgres("postgres");
var fundingDb = postgres.AddDatabase("fundingdb");

var funding = builder.AddProject<Projects.Finsam_Funding>("funding")
    .WithReference(fundingDb)
    .WaitFor(fundingDb);

builder.AddProject<Projects.Finsam_Gateway>("gateway")
    .WithHttpEndpoint(port: 5080, name: "http")
    .WithHttpEndpoint(port: 5081, name: "grpc")
    .WithEndpoint("grpc", endpoint => endpoint.Transport = "http2")
    .WithExternalHttpEndpoints()
    .WithReference(funding)
    .WaitFor(funding);

builder.Build().Run();
