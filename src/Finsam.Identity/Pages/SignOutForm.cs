using System.Text;

namespace Finsam.Identity.Pages;

// Asked before signing out when the client app did not name the person's identity token
// (id_token_hint): a link elsewhere must not sign anyone out. The client app's request
// goes back with the answer, posted with the form's antiforgery token.
public sealed record SignOutForm(string Action, IReadOnlyList<KeyValuePair<string, string>> Request, string AntiforgeryToken)
{
    public const string ConfirmField = "confirm";

    public HtmlPage ToPage()
    {
        var main = new StringBuilder();
        main.AppendLine("<h1>Logga ut</h1>");
        main.AppendLine("<p>Vill du logga ut från Finsam?</p>");
        main.AppendLine($"""<form method="post" action="{Html.Encode(Action)}">""");
        main.AppendLine(Html.Hidden(Html.AntiforgeryField, AntiforgeryToken));
        foreach (var (name, value) in Request)
        {
            main.AppendLine(Html.Hidden(name, value));
        }
        main.AppendLine($"""<button type="submit" name="{ConfirmField}" value="1">Logga ut</button>""");
        main.AppendLine("</form>");
        return new HtmlPage("Logga ut", main.ToString());
    }
}
