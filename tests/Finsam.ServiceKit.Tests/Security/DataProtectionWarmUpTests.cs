using Finsam.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Finsam.ServiceKit.Tests.Security;

// A service that takes bearer tokens only loads no Data Protection key ring when it starts;
// one that protects data (the web app, identity) still has its keys loaded at start.
public sealed class DataProtectionWarmUpTests
{
    [Fact]
    public void A_service_with_bearer_tokens_only_starts_without_loading_a_key_ring()
    {
        var builder = WebApplication.CreateBuilder();

        builder.AddFinsamAuthentication();

        Assert.DoesNotContain(HostedServices(builder), name => name.Contains("DataProtection", StringComparison.Ordinal));
        // Bearer tokens are still checked.
        Assert.Contains(builder.Services, s => s.ServiceType.Name == "IAuthenticationService");
    }

    [Fact]
    public void A_service_that_protects_data_itself_keeps_its_key_ring_loaded_at_start()
    {
        var builder = WebApplication.CreateBuilder();

        builder.AddFinsamAuthentication();
        builder.Services.AddDataProtection();

        Assert.Contains(HostedServices(builder), name => name.Contains("DataProtection", StringComparison.Ordinal));
    }

    private static IEnumerable<string> HostedServices(WebApplicationBuilder builder) =>
        builder.Services.Where(s => s.ServiceType == typeof(IHostedService)).Select(s => s.ImplementationType?.FullName ?? "");
}
