using System.Reflection;

namespace Finsam.ArchitectureTests;

// Services reach each other only through the contracts; the gateway knows no service. Besides
// the kits, a service may use a pure format reader of ours (Finsam.Sie), which knows no service.
public sealed class DependencyTests
{
    private static IEnumerable<string> FinsamReferences(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(name => name.StartsWith("Finsam.", StringComparison.Ordinal));

    public static TheoryData<string> Services => [.. FinsamArchitecture.Services];

    [Theory]
    [MemberData(nameof(Services))]
    public void A_service_references_only_the_contracts_and_the_kits(string service)
    {
        var references = FinsamReferences(Assembly.Load($"Finsam.{service}")).ToList();

        Assert.All(references, name => Assert.Contains(name, new[] { "Finsam.Contracts", "Finsam.ServiceKit", "Finsam.ServiceDefaults", "Finsam.Sie" }));
    }

    [Fact]
    public void The_gateway_references_no_service_and_no_service_kit()
    {
        var references = FinsamReferences(Assembly.Load("Finsam.Gateway")).ToList();

        Assert.Equal(["Finsam.Contracts", "Finsam.ServiceDefaults"], references.Order().ToList());
    }

    [Fact]
    public void The_sie_reader_references_nothing_of_ours()
    {
        Assert.Empty(FinsamReferences(typeof(Finsam.Sie.SieReader).Assembly));
    }

    [Fact]
    public void The_contracts_reference_nothing_of_ours()
    {
        Assert.Empty(FinsamReferences(typeof(Finsam.Contracts.ContractServices).Assembly));
    }
}
