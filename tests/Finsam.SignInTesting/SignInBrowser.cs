namespace Finsam.SignInTesting;

// A person's browser at identity (directly or through the gateway): it keeps identity's
// cookies (the HttpClient's handler does) and follows identity's own redirects, and stops
// at a page or at a redirect away from identity, to the client app, as a test wants to see.
// http: cookies kept, redirects not followed, its BaseAddress identity's (or the gateway's).
public sealed class SignInBrowser(HttpClient http)
{
    private const int MostRedirects = 10;
    private readonly List<string> _setCookies = [];

    // Every cookie identity has set in this browser so far, as its Set-Cookie header said.
    public IReadOnlyList<string> SetCookies => _setCookies;

    // The client app sends the browser to the authorization endpoint with its request.
    public Task<Answer> AuthorizeAsync(AuthorizationRequest request) => GetAsync(request.PathAndQuery());

    public async Task<Answer> GetAsync(string pathAndQuery) => await FollowAsync(await SendAsync(new HttpRequestMessage(HttpMethod.Get, pathAndQuery)));

    // The person types into the page's form and submits it.
    public Task<Answer> SubmitAsync(Answer page, params (string Name, string Value)[] typed)
    {
        var form = HtmlForm.Of(page.Html);
        return PostAsync(form.Action, form.With(typed));
    }

    // The sign-in page's form, filled in and sent.
    public Task<Answer> SignInAsync(Answer page, string username, string password) =>
        SubmitAsync(page, ("username", username), ("password", password));

    public async Task<Answer> PostAsync(string action, IEnumerable<KeyValuePair<string, string>> fields) =>
        await FollowAsync(await SendAsync(new HttpRequestMessage(HttpMethod.Post, action) { Content = new FormUrlEncodedContent(fields) }));

    private async Task<Answer> FollowAsync(Answer answer)
    {
        for (var redirects = 0; answer.IsRedirect && IsIdentity(answer.Location!); redirects++)
        {
            if (redirects == MostRedirects)
            {
                throw new InvalidOperationException($"More than {MostRedirects} redirects, the last to {answer.Location}.");
            }
            answer = await SendAsync(new HttpRequestMessage(HttpMethod.Get, answer.Location));
        }
        return answer;
    }

    private async Task<Answer> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            var response = await http.SendAsync(request);
            if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
            {
                _setCookies.AddRange(cookies);
            }
            var html = await response.Content.ReadAsStringAsync();
            var location = response.Headers.Location is { } to
                ? to.IsAbsoluteUri ? to : new Uri(http.BaseAddress!, to)
                : null;
            return new Answer(response.StatusCode, location, html, response);
        }
    }

    private bool IsIdentity(Uri location) =>
        Uri.Compare(location, http.BaseAddress, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0 &&
        location.AbsolutePath.StartsWith("/connect/", StringComparison.Ordinal);
}
