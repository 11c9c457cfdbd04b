using Finsam.FunctionalTesting.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace Finsam.FunctionalTesting.Hosting;

// A Finsam service's own Program, in this process on a TestServer: its database is the one
// given, it trusts the test tokens, and the services it calls are stand-ins. Everything
// else (interceptors, access rules, migrations, the audit trail) is the service's own.
// settings: more configuration the service reads as it starts (e.g. identity's keys).
public sealed class FinsamServiceFactory<TProgram>(
    string connectionName, string connectionString, TestTokens tokens, StandIns standIns, IReadOnlyDictionary<string, string?> settings)
    : WebApplicationFactory<TProgram> where TProgram : class
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Settings, not a configuration source added later: Program reads them while it builds.
        builder.UseSetting($"ConnectionStrings:{connectionName}", connectionString);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            // Every fresh database fails EF Core's first look for its migrations table; a
            // command that fails a request is logged by the service's own error handling.
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Critical));
        builder.ConfigureTestServices(services =>
        {
            tokens.Trust(services);
            standIns.ReceiveEveryClientOf(services);
        });
    }
}
