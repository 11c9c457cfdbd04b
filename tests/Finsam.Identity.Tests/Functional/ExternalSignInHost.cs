using System.Text.RegularExpressions;
using Finsam.FunctionalTesting.Postgres;
using Finsam.Identity.SignIn;
using Finsam.SignInTesting;

namespace Finsam.Identity.Tests.Functional;

// Identity with an external OpenID Connect provider configured: the tests' own
// (ExternalProvider), started first so that identity's settings can name its address.
public sealed partial class ExternalSignInHost(TestPostgres postgres) : IdentityHost(postgres), IAsyncLifetime
{
    public const string ProviderName = "Regionens konto";

    private readonly TestPostgres _postgres = postgres;

    public ExternalProvider Provider { get; } = new();

    async ValueTask IAsyncLifetime.InitializeAsync()
    {
        // Identity on its test server answers at http://localhost.
        await Provider.StartAsync(_postgres, $"http://localhost{ExternalSignIn.CallbackPath}");
        Set("Identity:External:Authority", Provider.Authority.ToString());
        Set("Identity:External:ClientId", ExternalProvider.ClientId);
        Set("Identity:External:ClientSecret", ExternalProvider.ClientSecret);
        Set("Identity:External:DisplayName", ProviderName);
        Set("Identity:External:RequireHttpsMetadata", "false");
        await InitializeAsync();
    }

    // The sign-in page's link to the provider, as the browser follows it.
    public static string ExternalLinkOf(Answer page) =>
        System.Net.WebUtility.HtmlDecode(ExternalLink().Match(page.Html) is { Success: true } link
            ? link.Groups["href"].Value
            : throw new InvalidOperationException($"No link to the provider on the page:\n{page.Html}"));

    // A person picks the provider on the sign-in page, signs in there (as Provider.SignedIn)
    // in the same browser, and comes back to identity: its last answer, a redirect to the
    // app with a code, or a page.
    public async Task<(AuthorizationRequest Request, Answer Answer)> SignInExternallyAsync(SignInBrowser browser)
    {
        var request = NewRequest();
        var page = await browser.AuthorizeAsync(request);
        var toProvider = await browser.GetAsync(ExternalLinkOf(page));
        if (toProvider.Location is not { } authorizeThere || !authorizeThere.AbsoluteUri.StartsWith(Provider.Authority.AbsoluteUri, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Identity did not send the browser to the provider: {(int)toProvider.Status} {toProvider.Location} {toProvider.Text}");
        }
        // The browser at the provider (its own cookies there), sent back to identity's callback.
        using var atProvider = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true });
        using var answer = await atProvider.GetAsync(authorizeThere);
        var back = answer.Headers.Location ?? throw new InvalidOperationException($"The provider did not send the browser back: {(int)answer.StatusCode}");
        return (request, await browser.GetAsync(back.PathAndQuery));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Provider.DisposeAsync();
    }

    [GeneratedRegex("""<a class="extern" href="(?<href>[^"]*)">""")]
    private static partial Regex ExternalLink();
}
