using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Finsam.Identity.Pages;

// Every value a page shows or sends back (a username, an address, a token) goes through
// here; Swedish letters stay readable, markup does not survive.
public static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    // The form field that carries a form's antiforgery token.
    public const string AntiforgeryField = "__RequestVerificationToken";

    public static string Encode(string? value) => Encoder.Encode(value ?? "");

    public static string Hidden(string name, string? value) =>
        $"""<input type="hidden" name="{Encode(name)}" value="{Encode(value)}">""";
}
