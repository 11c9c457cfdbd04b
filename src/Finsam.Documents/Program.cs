using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.Documents;
using Finsam.Documents.Data;
using Finsam.Documents.Dependencies;
using Finsam.Documents.Grpc;
using Finsam.Documents.Rendering;
using Finsam.Documents.Validation;
using Finsam.ServiceKit.Grpc;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddServiceDatabase<DocumentsDbContext>("documentsdb");
builder.AddFinsamGrpc();

builder.Services.AddSingleton<DocumentRequestValidator>();
builder.Services.AddScoped<TemplateStore>();
builder.Services.AddScoped<PlanTextStore>();
builder.Services.AddScoped<DocumentVersionStore>();
builder.Services.AddScoped<AuditRecordStore>();
builder.Services.AddFinsamGrpcClient<FundingService.FundingServiceClient>("funding");
builder.Services.AddFinsamGrpcClient<GrantsService.GrantsServiceClient>("grants");
builder.Services.AddFinsamGrpcClient<BudgetService.BudgetServiceClient>("budget");
builder.Services.AddScoped<DocumentInputsReader>();
builder.Services.AddSingleton<PdfBrowser>();
builder.Services.AddSingleton<PdfPrinter>();
// The browser's memory as a metric of its own, beside the service's (see PdfBrowserMemory).
builder.Services.AddSingleton<PdfBrowserMemory>();
builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(PdfBrowserMemory.MeterName));
builder.Services.AddSingleton<DocumentRenderer>();

var app = builder.Build();
// The gauge exists from the start: 0 until the first PDF.
app.Services.GetRequiredService<PdfBrowserMemory>();

await app.MigrateDatabaseAsync<DocumentsDbContext>();

app.MapFinsamGrpc<DocumentService>();
app.MapPublishedDocumentFiles();
app.MapDefaultEndpoints();

app.Run();
