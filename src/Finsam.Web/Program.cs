using Finsam.ServiceKit.DataProtection;
using Finsam.Web.Components;
using Finsam.Web.Data;
using Finsam.Web.Formatting;
using Finsam.Web.Gateway;
using Finsam.Web.Public;
using Finsam.Web.SignIn;
using Finsam.Web.Spreadsheets;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);
// Blazor's and MudBlazor's files from the build's manifest in every environment (the AppHost
// runs the app from its build output); a published app serves them from its own wwwroot.
builder.WebHost.UseStaticWebAssets();

builder.AddServiceDefaults();
// What its replicas share: the sessions and the keys of cookies and forms (README, replicas).
builder.AddServiceDatabase<WebDbContext>("webdb");
builder.AddSealedDataProtection<WebDbContext>("finsam-web", WebSettings.EncryptionKey(builder.Configuration));
var gateway = GatewayAddresses.From(builder.Configuration);
builder.AddWebSignIn(authority: gateway.Http);
GatewayClients.Add(builder.Services, gateway.Grpc);
builder.Services.AddSingleton(gateway);
builder.Services.AddSingleton(TimeProvider.System);
// No circuit error reaches the browser with its details, whatever the environment.
builder.Services.AddRazorComponents().AddInteractiveServerComponents(options => options.DetailedErrors = false);
builder.Services.AddMudServices();
builder.AddPublicPages();

var app = builder.Build();
await app.MigrateDatabaseAsync<WebDbContext>();

app.UseRequestLocalization(options =>
{
    options.SetDefaultCulture(Swedish.Culture.Name);
    options.RequestCultureProviders.Clear();
});
app.UseStatusCodePagesWithReExecute("/fel/{0}");
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.UseRateLimiter();
app.UseWebSecurityHeaders(identity: gateway.Http);

app.MapDefaultEndpoints();
app.MapStaticAssets();
app.MapWebSignIn();
app.MapDraftDownloads();
app.MapPublishedPlanFiles();
app.MapTableDownloads(new Dictionary<string, TableDownloads.Source>([.. FederationTables.Sources, .. RegionalTables.Sources], StringComparer.Ordinal));
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.RunAsync();
