using Finsam.Funding.Data;
using Finsam.Funding.Grpc;
using Finsam.ServiceKit.Grpc;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddServiceDatabase<FundingDbContext>("fundingdb");
builder.AddFinsamGrpc();

builder.Services.AddScoped<FederationStore>();
builder.Services.AddScoped<AllocationStore>();
builder.Services.AddScoped<FundedAllocationStore>();
builder.Services.AddScoped<CommitmentStore>();
builder.Services.AddScoped<OtherIncomeStore>();
builder.Services.AddScoped<IncomeSourceStore>();
builder.Services.AddScoped<InvoiceStore>();
builder.Services.AddScoped<AuditRecordStore>();

var app = builder.Build();

await app.MigrateDatabaseAsync<FundingDbContext>();

app.MapFinsamGrpc<FundingService>();
app.MapDefaultEndpoints();

app.Run();
