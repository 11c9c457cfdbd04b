using Finsam.Funding.Data;
using Finsam.Funding.Grpc;
using Finsam.Funding.Validation;
using Finsam.ServiceKit.Grpc;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddServiceDatabase<FundingDbContext>("fundingdb");
builder.AddFinsamGrpc();

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<YearRange>();

var app = builder.Build();

await app.MigrateDatabaseAsync<FundingDbContext>();

app.MapFinsamGrpc<FundingService>();
app.MapDefaultEndpoints();

app.Run();
