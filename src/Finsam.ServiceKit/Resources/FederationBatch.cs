using Finsam.ServiceKit.Grpc;

namespace Finsam.ServiceKit.Resources;

// The federations a batch RPC asks about ("parents"): every name valid, none twice, and no
// more than a batch takes, so that its work is bounded before any of it is done.
public static class FederationBatch
{
    public const int MaxFederations = 1_000;

    // The federations' ids in the order asked; each bad name is a violation of its own.
    public static IReadOnlyList<string> Parse(IReadOnlyList<string> parents, ResourcePattern federation, FieldViolations violations)
    {
        violations.AddWhen(parents.Count == 0, "parents", ViolationReason.Required, "At least one federation.");
        if (parents.Count > MaxFederations)
        {
            violations.Add("parents", ViolationReason.TooMany, $"At most {MaxFederations} federations in one call.");
            return [];
        }
        var ids = new List<string>(parents.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < parents.Count; i++)
        {
            var field = $"parents[{i}]";
            if (federation.Parse(parents[i], field, violations) is not { } name)
            {
                continue;
            }
            if (!seen.Add(name.Federation))
            {
                violations.Add(field, ViolationReason.Duplicate, $"{parents[i]} is asked about twice.");
                continue;
            }
            ids.Add(name.Federation);
        }
        return ids;
    }
}
