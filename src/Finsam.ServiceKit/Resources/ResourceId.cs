using System.Text.RegularExpressions;
using Finsam.ServiceKit.Grpc;

namespace Finsam.ServiceKit.Resources;

// The one rule for an id inside a resource name (AIP-122): a federation, a member, an
// effort, an invoice. Lower-case letters, digits and hyphens, so a name is safe in a URL path.
public static partial class ResourceId
{
    public const int MaxLength = 63;

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex Pattern();

    public static bool IsValid(string id) => Pattern().IsMatch(id);

    public static FieldViolations Validate(string id, string field, FieldViolations violations) =>
        violations.AddWhen(!IsValid(id), field, id.Length > MaxLength ? ViolationReason.TooLong : ViolationReason.InvalidFormat,
            $"Use 1 to {MaxLength} lower-case letters, digits and hyphens, starting with a letter or digit.");
}
