using System.Security.Cryptography;
using System.Text;

namespace Finsam.Identity.Pages;

// A page identity shows a person (signing in and out, and why a request cannot go on), as
// a whole HTML document in Swedish: its own style and nothing else loaded, never cached,
// never framed (a sign-in page inside another site's frame is how passwords are phished).
// main: the page's <main> content, every value in it encoded (Html.Encode).
public sealed class HtmlPage(string title, string main, int statusCode = StatusCodes.Status200OK) : IResult
{
    // Contrast (WCAG 2.1 AA): text 16:1, links and the button 8:1, errors 7:1, field borders
    // and the focus ring at least 3:1 against what surrounds them.
    private const string Style =
        "body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-size:1.0625rem;line-height:1.5;color:#1b1b1b;background:#f3f4f6}" +
        "main{box-sizing:border-box;max-width:28rem;margin:3rem auto;padding:2rem;background:#fff;border:1px solid #8a919c;border-radius:.5rem}" +
        "h1{font-size:1.6rem;line-height:1.25;margin:0 0 1.5rem}" +
        "p{margin:0 0 1rem}" +
        ".falt{margin-bottom:1.25rem}" +
        "label{display:block;font-weight:600;margin-bottom:.3rem}" +
        "input{box-sizing:border-box;width:100%;padding:.6rem .75rem;font:inherit;color:inherit;background:#fff;border:2px solid #5a6270;border-radius:.25rem}" +
        "input[aria-invalid=true]{border-color:#a4000f}" +
        ".faltfel{margin:.35rem 0 0;color:#a4000f;font-weight:600}" +
        ".fel{margin:0 0 1.5rem;padding:.75rem 1rem;color:#7a0010;background:#fdf0f1;border-left:.35rem solid #a4000f;font-weight:600}" +
        "button{font:inherit;font-weight:600;padding:.65rem 1.5rem;color:#fff;background:#0b4f8a;border:2px solid #0b4f8a;border-radius:.25rem;cursor:pointer}" +
        "button:hover{background:#083b67;border-color:#083b67}" +
        "a{color:#0b4f8a}" +
        ".eller{margin:1.5rem 0 1rem}" +
        "a.extern{display:inline-block;font-weight:600;padding:.55rem 1.4rem;border:2px solid #0b4f8a;border-radius:.25rem;text-decoration:none}" +
        "a.extern:hover{background:#eef4fa}" +
        "input:focus,button:focus-visible,a:focus-visible{outline:3px solid #0b4f8a;outline-offset:3px}" +
        ".kod{font-family:ui-monospace,monospace}";

    // The one style the page may apply (Content-Security-Policy), by its hash.
    private static readonly string StyleSource = $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style)))}'";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.Headers.Pragma = "no-cache";
        response.Headers.ContentSecurityPolicy = $"default-src 'none'; style-src {StyleSource}; base-uri 'none'; frame-ancestors 'none'";
        response.Headers.XFrameOptions = "DENY";
        response.Headers.XContentTypeOptions = "nosniff";
        // The address holds the client app's request (its state and PKCE challenge).
        response.Headers["Referrer-Policy"] = "no-referrer";

        var document = $"""
            <!doctype html>
            <html lang="sv">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Html.Encode(title)} – Finsam</title>
            <style>{Style}</style>
            </head>
            <body>
            <main>
            {main}
            </main>
            </body>
            </html>
            """;
        await response.WriteAsync(document, Encoding.UTF8, httpContext.RequestAborted);
    }
}
