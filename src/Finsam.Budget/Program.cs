using Finsam.Budget.Data;
using Finsam.Budget.Dependencies;
using Finsam.Budget.Grpc;
using Finsam.Budget.Reuse;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.ServiceKit.Grpc;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddServiceDatabase<BudgetDbContext>("budgetdb");
builder.AddFinsamGrpc();

builder.Services.AddScoped<BudgetStore>();
builder.Services.AddScoped<FinancialGoalsStore>();
builder.Services.AddScoped<YearActualsStore>();
builder.Services.AddScoped<ActualsMappingStore>();
builder.Services.AddScoped<SavedForecastStore>();
builder.Services.AddScoped<YearClosingStore>();
builder.Services.AddScoped<AuditTrailStore>();
builder.Services.AddFinsamGrpcClient<FundingService.FundingServiceClient>("funding");
builder.Services.AddFinsamGrpcClient<GrantsService.GrantsServiceClient>("grants");
builder.Services.AddScoped<OtherServices>();
builder.Services.AddSingleton<KeptAnswers>();
builder.Services.AddSingleton<KnownPlans>();
builder.Services.AddSingleton<ComputedReports>();
builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(ComputedReports.MeterName));

var app = builder.Build();

await app.MigrateDatabaseAsync<BudgetDbContext>();

app.MapFinsamGrpc<BudgetService>();
app.MapDefaultEndpoints();

app.Run();
