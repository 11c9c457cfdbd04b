
namespace Finsam.ServiceKit.Security;

// Resource names rooted in the tenant (AIP-122): "federations/{federation}/...".
public static class FederationNames
{
    private const string Prefix = "federations/";

    // "federations/{federation}" or "federations/{federation}/..." -> "{federation}"; null otherwise.
    public static string? Parse(string resourceName)
    {
        if (!resourceName.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }
        var rest = resourceName.AsSpan(Prefix.Length);
        var end = rest.IndexOf('/');
        var id = end < 0 ? rest : rest[..end];
        return id.Length > 0 ? id.ToString() : null;
    }

    public static bool IsRootedInAFederation(string resourceName) => resourceName.StartsWith(Prefix, StringComparison.Ordinal);
}
