using Finsam.Web.SignIn;
using Google.Rpc;
using Grpc.Core;

namespace Finsam.Web.Gateway;

// What went wrong with a call, in Swedish for the person at the form: a notice for the whole
// form and, for refused input, a text per field (by the field path the service names). The
// services' own messages are English for developers; only their stable codes are read here,
// and a refusal's explanation is shown as the service wrote it.
public sealed record CallProblem(StatusCode Status, string Notice, string? Explanation, IReadOnlyDictionary<string, string> Fields)
{
    // The refusing rule's stable code (PreconditionFailure's violation type), where the
    // service gives one: a page words such a refusal itself (see WithExplanation).
    public string RefusalType { get; init; } = "";

    public CallProblem WithExplanation(string explanation) => this with { Explanation = explanation };

    public bool IsStale => Status == StatusCode.Aborted;

    public bool IsUnavailable => Status is StatusCode.Unavailable or StatusCode.DeadlineExceeded;

    public string? For(string field) => Fields.TryGetValue(field, out var text) ? text : null;

    // Violations of fields no input on the page shows, so none is silently dropped.
    public IEnumerable<(string Field, string Text)> Others(IEnumerable<string> shownFields)
    {
        var shown = shownFields.ToHashSet(StringComparer.Ordinal);
        return Fields.Where(field => !shown.Contains(field.Key)).Select(field => (field.Key, field.Value));
    }

    public static CallProblem From(RpcException failure)
    {
        var details = failure.GetRpcStatus();
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var violation in details?.GetDetail<BadRequest>()?.FieldViolations ?? [])
        {
            var text = TextOf(violation);
            fields[violation.Field] = fields.TryGetValue(violation.Field, out var earlier) ? $"{earlier} {text}" : text;
        }
        var precondition = failure.StatusCode == StatusCode.FailedPrecondition
            ? details?.GetDetail<PreconditionFailure>()?.Violations.FirstOrDefault()
            : null;
        var explanation = failure.StatusCode == StatusCode.FailedPrecondition ? precondition?.Description ?? failure.Status.Detail : null;
        return new CallProblem(failure.StatusCode, NoticeFor(failure.StatusCode), explanation, fields) { RefusalType = precondition?.Type ?? "" };
    }

    // An unknown placeholder is named as it was typed, so it can be found in a long text.
    private static string TextOf(BadRequest.Types.FieldViolation violation) =>
        violation.Reason == "UNKNOWN_PLACEHOLDER" && PlaceholderIn(violation.Description) is { } name
            ? $"Okänd platshållare: {name}."
            : ReasonText(violation.Reason);

    // The service names it in quotes: "Unknown placeholder 'budget.incme'."
    private static string? PlaceholderIn(string description)
    {
        var start = description.IndexOf('\'');
        var end = start < 0 ? -1 : description.IndexOf('\'', start + 1);
        return end > start + 1 ? description[(start + 1)..end] : null;
    }

    public static string ReasonText(string reason) => reason switch
    {
        "REQUIRED" => "Fyll i det här.",
        "INVALID_FORMAT" => "Formatet stämmer inte.",
        "OUT_OF_RANGE" => "Värdet ligger utanför det tillåtna.",
        "TOO_LONG" => "Texten är för lång.",
        "TOO_SHORT" => "Texten är för kort.",
        "TOO_MANY" => "Det är för många.",
        "DUPLICATE" => "Det finns redan.",
        "NOT_ALLOWED" => "Det är inte tillåtet här.",
        "UNKNOWN_PLACEHOLDER" => "Okänd platshållare.",
        "UNKNOWN_FIELD" => "Okänt fält.",
        "INVALID_TYPE" => "Fel sorts värde.",
        "INVALID_CHARACTER" => "Texten har ett tecken som inte är tillåtet.",
        "OTHER_FEDERATION" => "Det hör till ett annat förbund.",
        _ => "Värdet är inte giltigt.",
    };

    private static string NoticeFor(StatusCode status) => status switch
    {
        StatusCode.InvalidArgument => "Rätta det som är markerat och försök igen.",
        StatusCode.NotFound => "Det finns inte, eller finns inte längre.",
        StatusCode.AlreadyExists => "Det finns redan.",
        StatusCode.PermissionDenied => "Du har inte behörighet till det här.",
        StatusCode.FailedPrecondition => "Det går inte att göra i det läge det är nu.",
        StatusCode.Aborted => "Någon annan har ändrat detta medan du arbetade. Läs in det senaste; det du har skrivit finns kvar.",
        StatusCode.Unavailable or StatusCode.DeadlineExceeded =>
            "En tjänst svarar inte just nu. Det du har skrivit finns kvar; försök igen om en stund.",
        StatusCode.ResourceExhausted => "För många förfrågningar just nu. Vänta en stund och försök igen.",
        StatusCode.Unauthenticated => "Du behöver logga in igen.",
        _ => "Något gick fel. Försök igen om en stund.",
    };

    public static CallProblem SessionEnded(SessionEndedException _) =>
        new(StatusCode.Unauthenticated, NoticeFor(StatusCode.Unauthenticated), null, new Dictionary<string, string>());
}
