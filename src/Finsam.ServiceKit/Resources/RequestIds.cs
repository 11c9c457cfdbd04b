using Finsam.ServiceKit.Grpc;

namespace Finsam.ServiceKit.Resources;

// A client's request id (AIP-155) makes a create safe to retry: the same id from the
// same federation gets the original back instead of a second resource.
public static class RequestIds
{
    public const string Field = "request_id";
    public const int MaxLength = 128;

    public static FieldViolations Validate(string requestId, FieldViolations violations, bool required = false, string field = Field)
    {
        violations.AddWhen(required && requestId.Length == 0, field, ViolationReason.Required, "Required, so that a retry counts once.");
        return violations.AddWhen(requestId.Length > MaxLength, field, ViolationReason.TooLong, $"At most {MaxLength} characters.");
    }

    // What is stored: no id is kept as null, so that many creates without one do not collide.
    public static string? Stored(string requestId) => requestId.Length == 0 ? null : requestId;
}
