using Finsam.Contracts.Funding.V1;
using Finsam.Grants.Dependencies;
using Finsam.Grants.Data;
using Finsam.Grants.Grpc;
using Finsam.ServiceKit.Grpc;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddServiceDatabase<GrantsDbContext>("grantsdb");
builder.AddFinsamGrpc();

builder.Services.AddScoped<EffortStore>();
builder.Services.AddScoped<DecisionStore>();
builder.Services.AddScoped<ReservationStore>();
builder.Services.AddScoped<CostSourceStore>();
builder.Services.AddScoped<FollowUpStore>();
builder.Services.AddScoped<CatalogueStore>();
builder.Services.AddScoped<AuditRecordStore>();

builder.Services.AddMemoryCache();
builder.Services.AddFinsamGrpcClient<FundingService.FundingServiceClient>("funding");
builder.Services.AddScoped<FederationDirectory>();

var app = builder.Build();

await app.MigrateDatabaseAsync<GrantsDbContext>();

app.MapFinsamGrpc<GrantsService>();
app.MapDefaultEndpoints();

app.Run();
