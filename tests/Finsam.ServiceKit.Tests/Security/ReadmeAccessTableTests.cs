using Finsam.Contracts;
using Finsam.FunctionalTesting;
using Finsam.ServiceDefaults.Security;
using Finsam.ServiceKit.Security;

namespace Finsam.ServiceKit.Tests.Security;

// README's "Who may call what" is what client developers read: it must say what the
// contracts declare, RPC for RPC.
public sealed class ReadmeAccessTableTests
{
    [Fact]
    public void Readme_lists_every_rpc_with_the_rule_its_contract_declares()
    {
        var readme = File.ReadAllLines(Path.Combine(Checkout.Root, "README.md"));
        var rows = readme.Where(line => line.StartsWith("| `", StringComparison.Ordinal) && line.Contains("Service.", StringComparison.Ordinal)).ToList();

        var expected = ContractServices.All.SelectMany(s => s.Methods).Select(method =>
        {
            var access = DeclaredAccess.Of(method);
            var field = access.FederationField is { } f ? $"`{f.Text}`" : "—";
            return $"| `{method.Service.Name}.{method.Name}` | {Who(access.Level)} | {field} |";
        }).ToList();

        Assert.Equal(expected, rows);
    }

    private static string Who(Access level) => level switch
    {
        Access.Anonymous => "anyone, signed in or not",
        Access.SignedIn => "anyone signed in (sees only their federations)",
        Access.Read => "readers, editors, auditors",
        Access.Write => "editors",
        Access.Audit => "auditors",
        _ => "regional administrators only",
    };
}
