using Aspire.Hosting.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Finsam.SystemTests.Infrastructure;

public sealed partial class RunningSystem
{
    // The Aspire dashboard's own resource (hidden from its Resources page).
    public const string DashboardResource = "aspire-dashboard";

    // The dashboard's address: its "http" endpoint, on a port the testing builder randomized.
    public Uri DashboardUrl => App.GetEndpoint(DashboardResource, "http");

    // The sign-in link the AppHost prints ("Login to the dashboard at ..."). With the dashboard
    // on, Aspire's builder puts a fresh browser token in AppHost:BrowserToken for every start.
    public Uri DashboardLoginUrl
    {
        get
        {
            var token = Services.GetRequiredService<IConfiguration>()["AppHost:BrowserToken"];
            if (string.IsNullOrEmpty(token))
            {
                throw new InvalidOperationException("The dashboard has no browser token: it runs unsecured or not at all.");
            }
            return new Uri(DashboardUrl, $"/login?t={Uri.EscapeDataString(token)}");
        }
    }
}
