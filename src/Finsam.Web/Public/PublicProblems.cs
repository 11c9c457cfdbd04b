using Grpc.Core;

namespace Finsam.Web.Public;

// What a visitor is told when a service does not answer as it should: plainly, in Swedish,
// with no internals; and the HTTP status the page goes out with.
public static class PublicProblems
{
    public static string Notice(RpcException failure, string what) => failure.StatusCode switch
    {
        StatusCode.ResourceExhausted => "Du har gjort många sökningar på kort tid. Vänta en stund och försök igen.",
        StatusCode.InvalidArgument => $"Det gick inte att göra {what} med de uppgifterna. Ändra sökningen och försök igen.",
        StatusCode.NotFound => "Det finns inget på den här adressen.",
        _ => $"Det gick inte att göra {what} just nu. Försök igen om en stund.",
    };

    // The page as rendered goes out with the status. Blazor sends no body at all when a page
    // sets 404 while rendering (it leaves the answer to the status code pages), so the status is
    // put on the response as it starts, after the page has been rendered.
    public static void SetStatus(HttpContext context, int status)
    {
        if (context.Response.HasStarted)
        {
            return;
        }
        context.Response.OnStarting(() =>
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        });
    }

    public static int HttpStatus(RpcException failure) => failure.StatusCode switch
    {
        StatusCode.ResourceExhausted => StatusCodes.Status429TooManyRequests,
        StatusCode.InvalidArgument => StatusCodes.Status400BadRequest,
        StatusCode.NotFound => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status503ServiceUnavailable,
    };
}
