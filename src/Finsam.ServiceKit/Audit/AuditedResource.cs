using System.Text.RegularExpressions;
using Finsam.ServiceKit.Grpc;

namespace Finsam.ServiceKit.Audit;

// The resource whose history a caller asks for (ListAuditRecordsRequest.resource): the
// federation's own name or a name under it, made of segments as resource names are (ids and
// collection names), so that nothing in it can act as a pattern when the trail is searched.
public static partial class AuditedResource
{
    public const string Field = "resource";

    // Longer than any name the services give; a filter can be no longer than what it matches.
    public const int MaxLength = 512;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]{0,62}$")]
    private static partial Regex Segment();

    // The name to filter by, or null for the whole trail (nothing asked, or a violation added).
    public static string? Parse(string resource, string federationId, FieldViolations violations)
    {
        if (resource.Length == 0)
        {
            return null;
        }
        var federation = $"federations/{federationId}";
        if (resource.Length > MaxLength)
        {
            violations.Add(Field, ViolationReason.TooLong, $"A resource name has at most {MaxLength} characters.");
            return null;
        }
        if (resource != federation && !resource.StartsWith(federation + "/", StringComparison.Ordinal))
        {
            violations.Add(Field, ViolationReason.OtherFederation, $"Name a resource of {federation}, as parent does.");
            return null;
        }
        if (!resource.Split('/').All(Segment().IsMatch))
        {
            violations.Add(Field, ViolationReason.InvalidFormat, $"Expected {federation}/... of ids and collection names (letters, digits and hyphens).");
            return null;
        }
        return resource;
    }
}
