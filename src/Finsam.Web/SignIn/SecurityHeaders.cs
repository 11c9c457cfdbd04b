namespace Finsam.Web.SignIn;

// Pages of this app are framed by nobody and run only this app's own scripts; Blazor's
// circuit needs its websocket back to the same origin, MudBlazor inline styles. Signing out
// is a form post that identity's end-session endpoint answers, so forms may go there too.
public static class SecurityHeaders
{
    public static void UseWebSecurityHeaders(this WebApplication app, Uri identity) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            // A response with a policy of its own (a published plan shown in a frame) keeps it.
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                headers.ContentSecurityPolicy =
                    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
                    $"font-src 'self' data:; connect-src 'self'; frame-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self' {identity.GetLeftPart(UriPartial.Authority)}";
            }
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        await next();
    });
}
