using System.Text;

namespace Finsam.Identity.Pages;

// The sign-in page: username and password, posted with the form's antiforgery token and
// the client app's authorization request to go back to (returnUrl). An error is shown
// beside its field and tied to it (aria-describedby, aria-invalid); a refused sign-in is
// announced (role="alert") and describes both fields, since it does not say which is wrong.
// The field to fix, else the one to type in next, has the focus.
public sealed record SignInForm(string Action, string ReturnUrl, string AntiforgeryToken)
{
    public const string UsernameField = "username";
    public const string PasswordField = "password";
    public const string ReturnUrlField = "returnUrl";
    private const string RefusalId = "inloggning-fel";

    public string Username { get; init; } = "";

    public string? UsernameError { get; init; }

    public string? PasswordError { get; init; }

    // Why the sign-in was refused, or the form could not be taken.
    public string? Refusal { get; init; }

    // The refusal means what was typed is wrong (rather than a lock or an old page).
    public bool CredentialsWrong { get; init; }

    // Signing in at the external provider instead, where one is configured.
    public ExternalLink? External { get; init; }

    // A link, not a form: nothing is posted, and the password form stays the page's only form.
    public sealed record ExternalLink(string DisplayName, string Href);

    public HtmlPage ToPage(int statusCode = StatusCodes.Status200OK)
    {
        var focus = UsernameError is not null || (PasswordError is null && Refusal is null) ? UsernameField : PasswordField;
        var main = new StringBuilder();
        main.AppendLine("<h1>Logga in i Finsam</h1>");
        if (Refusal is not null)
        {
            main.AppendLine($"""<p id="{RefusalId}" class="fel" role="alert">{Html.Encode(Refusal)}</p>""");
        }
        main.AppendLine($"""<form method="post" action="{Html.Encode(Action)}" novalidate>""");
        main.AppendLine(Html.Hidden(Html.AntiforgeryField, AntiforgeryToken));
        main.AppendLine(Html.Hidden(ReturnUrlField, ReturnUrl));
        main.AppendLine(Field(UsernameField, "Användarnamn", ["type=\"text\"", "autocomplete=\"username\"", "autocapitalize=\"none\"", "spellcheck=\"false\""],
            Username, UsernameError, focus == UsernameField));
        main.AppendLine(Field(PasswordField, "Lösenord", ["type=\"password\"", "autocomplete=\"current-password\""],
            "", PasswordError, focus == PasswordField));
        main.AppendLine("""<button type="submit">Logga in</button>""");
        main.AppendLine("</form>");
        if (External is not null)
        {
            main.AppendLine("""<p class="eller">eller</p>""");
            main.AppendLine($"""<p><a class="extern" href="{Html.Encode(External.Href)}">Logga in med {Html.Encode(External.DisplayName)}</a></p>""");
        }
        return new HtmlPage("Logga in", main.ToString(), statusCode);
    }

    private string Field(string name, string label, string[] kind, string value, string? error, bool focused)
    {
        var errorId = $"{name}-fel";
        List<string> attributes = [$"id=\"{name}\"", $"name=\"{name}\"", .. kind, "required", $"value=\"{Html.Encode(value)}\""];
        if (error is not null || CredentialsWrong)
        {
            attributes.Add("aria-invalid=\"true\"");
        }
        var describedBy = new[] { error is null ? null : errorId, Refusal is null ? null : RefusalId }.OfType<string>().ToList();
        if (describedBy.Count > 0)
        {
            attributes.Add($"aria-describedby=\"{string.Join(' ', describedBy)}\"");
        }
        if (focused)
        {
            attributes.Add("autofocus");
        }
        var message = error is null ? "" : $"""{"\n"}<p id="{errorId}" class="faltfel">{Html.Encode(error)}</p>""";
        return $"""
            <div class="falt">
            <label for="{name}">{label}</label>
            <input {string.Join(' ', attributes)}>{message}
            </div>
            """;
    }
}
