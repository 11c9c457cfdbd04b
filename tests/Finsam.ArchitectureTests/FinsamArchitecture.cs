using Assembly = System.Reflection.Assembly;
using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using ArchUnitNET.Loader;

namespace Finsam.ArchitectureTests;

// Every Finsam assembly, loaded once: the services, the gateway, the kits and the contracts.
public static class FinsamArchitecture
{
    public static readonly string[] Services = ["Funding", "Grants", "Budget", "Documents", "Identity"];

    public static readonly Assembly[] Assemblies =
    [
        typeof(Finsam.Contracts.ContractServices).Assembly,
        typeof(Finsam.ServiceKit.Grpc.FieldViolations).Assembly,
        typeof(Finsam.ServiceDefaults.Security.FinsamCaller).Assembly,
        Load("Finsam.Funding"),
        Load("Finsam.Grants"),
        Load("Finsam.Budget"),
        Load("Finsam.Documents"),
        Load("Finsam.Identity"),
        Load("Finsam.Gateway"),
    ];

    public static readonly Architecture Architecture = new ArchLoader().LoadAssemblies(Assemblies).Build();

    // A service's Program is top-level, so its assembly is found by name.
    private static Assembly Load(string name) => Assembly.Load(name);

    public static void Holds(IArchRule rule)
    {
        var violations = rule.Evaluate(Architecture).Where(result => !result.Passed).Select(result => result.Description).ToList();
        Assert.True(violations.Count == 0, $"{rule.Description}\n  " + string.Join("\n  ", violations));
    }
}
