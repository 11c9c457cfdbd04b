namespace Finsam.ServiceKit.Grpc;

// Why a field was refused, as a stable code in google.rpc.BadRequest.FieldViolation.reason:
// the message is English for developers; a client app shows its own text per reason.
public enum ViolationReason
{
    // Something else is wrong with the value; the description says what.
    InvalidValue,
    Required,
    InvalidFormat,
    OutOfRange,
    TooLong,
    TooShort,
    TooMany,
    Duplicate,
    NotAllowed,
    UnknownPlaceholder,
    UnknownField,
    // JSON of the wrong kind: a number where text is wanted, say.
    InvalidType,
    InvalidCharacter,
    // A resource name that points into another federation than the one the request is about.
    OtherFederation,
}

public static class ViolationReasons
{
    // UPPER_SNAKE, as google.rpc.ErrorInfo reasons are written; never renamed once published.
    public static string Code(this ViolationReason reason) => reason switch
    {
        ViolationReason.InvalidValue => "INVALID_VALUE",
        ViolationReason.Required => "REQUIRED",
        ViolationReason.InvalidFormat => "INVALID_FORMAT",
        ViolationReason.OutOfRange => "OUT_OF_RANGE",
        ViolationReason.TooLong => "TOO_LONG",
        ViolationReason.TooShort => "TOO_SHORT",
        ViolationReason.TooMany => "TOO_MANY",
        ViolationReason.Duplicate => "DUPLICATE",
        ViolationReason.NotAllowed => "NOT_ALLOWED",
        ViolationReason.UnknownPlaceholder => "UNKNOWN_PLACEHOLDER",
        ViolationReason.UnknownField => "UNKNOWN_FIELD",
        ViolationReason.InvalidType => "INVALID_TYPE",
        ViolationReason.OtherFederation => "OTHER_FEDERATION",
        ViolationReason.InvalidCharacter => "INVALID_CHARACTER",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
