using System.Text;

namespace Finsam.ServiceDefaults.Grpc;

// AIP-158 paging: a default and a cap on page size, and an opaque token that
// carries the key of the last item returned.
public static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 1000;

    public static int PageSize(int requested, FieldViolations violations, string field = "page_size")
    {
        violations.AddWhen(requested < 0, field, "A page size cannot be negative.");
        return requested <= 0 ? DefaultPageSize : Math.Min(requested, MaxPageSize);
    }

    // A page is read with one item more than it shows: that item says there is a next
    // page, which starts after the last item shown.
    public static string NextPageToken<T>(IReadOnlyList<T> fetched, int pageSize, Func<T, string> keyOf) =>
        fetched.Count > pageSize ? Encode(keyOf(fetched[pageSize - 1])) : "";

    public static string Encode(string lastKey) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(lastKey)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    // The key after which the page starts, or null for the first page.
    public static string? Decode(string token, FieldViolations violations, string field = "page_token")
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
            return Encoding.UTF8.GetString(Convert.FromBase64String(base64));
        }
        catch (FormatException)
        {
            violations.Add(field, "Not a page token from a previous answer.");
            return null;
        }
    }
}
