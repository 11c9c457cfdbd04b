using Finsam.Funding.Data;
using Finsam.Funding.Grpc;
using Finsam.Funding.Validation;
using Finsam.ServiceDefaults.Grpc;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddNpgsqlDbContext<FundingDbContext>("fundingdb");

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<YearRange>();
builder.Services.AddGrpc(options => options.Interceptors.Add<StoreErrorsInterceptor>())
    .AddJsonTranscoding();
builder.Services.AddGrpcHealthChecks();
builder.Services.AddGrpcReflection();

var app = builder.Build();

await app.MigrateDatabaseAsync<FundingDbContext>();

app.MapGrpcService<FundingService>();
app.MapGrpcHealthChecksService();
if (app.Environment.IsDevelopment())
{
    app.MapGrpcReflectionService();
}
app.MapDefaultEndpoints();

app.Run();
