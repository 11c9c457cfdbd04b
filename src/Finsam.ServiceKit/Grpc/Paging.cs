using System.Text;

namespace Finsam.ServiceKit.Grpc;

// AIP-158 paging: a default and a cap on page size, and an opaque token that
// carries the key of the last item returned.
public static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 1000;

    public static int PageSize(int requested, FieldViolations violations, string field = "page_size")
    {
        violations.AddWhen(requested < 0, field, ViolationReason.OutOfRange, "A page size cannot be negative.");
        return requested <= 0 ? DefaultPageSize : Math.Min(requested, MaxPageSize);
    }

    // A page is read with one item more than it shows: that item says there is a next
    // page, which starts after the last item shown.
    public static string NextPageToken<T>(IReadOnlyList<T> fetched, int pageSize, Func<T, string> keyOf) =>
        fetched.Count > pageSize ? Encode(keyOf(fetched[pageSize - 1])) : "";

    public static string Encode(string lastKey) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(lastKey)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    // The key after which the page starts, or null for the first page. A token that is not
    // one of ours (not base64url of text, or text no key can be: control characters such as
    // NUL, which PostgreSQL refuses) is the caller's mistake, not a fault of the store.
    public static string? Decode(string token, FieldViolations violations, string field = "page_token")
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        var key = TryDecode(token);
        if (key is null)
        {
            violations.Add(field, ViolationReason.InvalidFormat, "Not a page token from a previous answer.");
        }
        return key;
    }

    private static string? TryDecode(string token)
    {
        if (token.Length > MaxTokenLength)
        {
            return null;
        }
        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
            var key = StrictUtf8.GetString(Convert.FromBase64String(base64));
            // Only the canonical spelling: "AB" and "AA" must not both decode to one key.
            return key.Length > 0 && !key.Any(char.IsControl) && Encode(key) == token ? key : null;
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException)
        {
            return null;
        }
    }

    private const int MaxTokenLength = 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
