namespace Finsam.Identity.Pages;

// Pages that only tell the person something: that they are signed out, or why a client
// app's request cannot go on. A refusal names OAuth's error code, which the app's
// maintainers look up; never OpenIddict's description, a stack trace or an address.
public static class Notice
{
    public static HtmlPage SignedOut() => new("Du är utloggad", """
        <h1>Du är utloggad</h1>
        <p>Du är nu utloggad från Finsam. Använder du en dator som andra också använder, stäng webbläsaren.</p>
        """);

    // The sign-in page reached without a client app's authorization request to go back to.
    public static HtmlPage NoRequestToReturnTo() => new("Inloggningen kan inte fortsätta", """
        <h1>Inloggningen kan inte fortsätta</h1>
        <p>Du kom hit utan att en app bad om inloggning. Öppna Finsam och logga in därifrån.</p>
        """, StatusCodes.Status400BadRequest);

    // An authorization request identity refuses and cannot send back to the app (an unknown
    // app, or an address the app has not registered).
    public static HtmlPage SignInRefused(string error) => Refused("Inloggningen kan inte börja",
        "Appen som skickade dig hit bad om inloggning på ett sätt som Finsam inte godtar.", error);

    // Signed in at the external provider as someone no Finsam person is linked to. back: the
    // sign-in page for the same request, to sign in with a password instead.
    public static HtmlPage ExternalNotLinked(string provider, string? back) => new("Kontot är inte kopplat till Finsam", $"""
        <h1>Kontot är inte kopplat till Finsam</h1>
        <p>Du loggade in hos {Html.Encode(provider)}, men det kontot är inte kopplat till någon person i Finsam, så du kan inte logga in med det.</p>
        <p>Be regionens administratör för Finsam att koppla ditt konto hos {Html.Encode(provider)} till dig.</p>
        {(back is null ? "" : $"""<p><a href="{Html.Encode(back)}">Tillbaka till inloggningen</a></p>""")}
        """, StatusCodes.Status403Forbidden);

    // The person cancelled at the external provider, or its answer could not be used.
    public static HtmlPage ExternalSignInFailed(string provider) => new("Inloggningen avbröts", $"""
        <h1>Inloggningen avbröts</h1>
        <p>Inloggningen hos {Html.Encode(provider)} avbröts eller kunde inte slutföras. Gå tillbaka till appen och försök igen.</p>
        """, StatusCodes.Status400BadRequest);

    public static HtmlPage SignOutRefused(string error) => Refused("Utloggningen kan inte genomföras",
        "Appen som skickade dig hit bad om utloggning på ett sätt som Finsam inte godtar.", error);

    private static HtmlPage Refused(string title, string what, string error) => new(title, $"""
        <h1>{Html.Encode(title)}</h1>
        <p>{Html.Encode(what)} Gå tillbaka till appen och försök igen. Händer det igen, kontakta den som sköter appen och uppge felkoden.</p>
        <p>Felkod: <span class="kod">{Html.Encode(error)}</span></p>
        """, StatusCodes.Status400BadRequest);
}
