using Finsam.ServiceDefaults.Security;

namespace Finsam.ServiceKit.Tests.Architecture;

// Aspire's service defaults are what the gateway shares with the services; the database, the
// audit trail and the gRPC server kit stay in Finsam.ServiceKit, which the gateway never loads.
public sealed class ServiceDefaultsTests
{
    [Fact]
    public void Service_defaults_carry_no_ef_core_npgsql_or_grpc_server()
    {
        var referenced = typeof(FinsamCaller).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(referenced, name => name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(referenced, name => name.StartsWith("Npgsql", StringComparison.Ordinal));
        Assert.DoesNotContain(referenced, name => name.StartsWith("Grpc.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain("Finsam.ServiceKit", referenced);
    }
}
