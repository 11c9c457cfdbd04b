using System.Diagnostics;
using System.Net;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Identity.V1;
using Finsam.SystemTests.Infrastructure;
using Finsam.SystemTests.Web;
using Microsoft.Playwright;

namespace Finsam.SystemTests.HoldingUp;

// The web app twice: a person signed in through one replica is signed in on the other, their
// pages work there (circuits included), a killed replica costs them nothing but a reload, and
// signing out through one ends the session on both.
[Collection(ReplicatedSystemCollection.Name)]
public sealed class WebReplicasInTheBrowserTests(ReplicatedSystem system)
{
    [Fact]
    public async Task A_person_signed_in_through_one_replica_is_signed_in_on_every_replica_until_they_sign_out()
    {
        var replicas = await system.EachReplicaAnswersAsync("web");
        var federationId = Federations.NewId("replikwebb");
        var federation = Federations.Sundsvall();
        federation.DisplayName = "Samordningsförbundet Replikdalen";
        await system.Funding.CreateFederationAsync(new CreateFederationRequest { FederationId = federationId, Federation = federation });
        var administrator = await WebPeople.NewAsync(system, "replikadmin", Role.RegionalAdministrator, federationId: "");
        await using var browser = await OfficerBrowser.StartAsync(system.WebApp);

        await browser.RunAsync("webbrepliker", async () =>
        {
            // Signed in through DCP's proxy, which picks a replica per connection.
            var person = await browser.SignInAsync(administrator, WebPeople.Password);

            // Each replica at its own address, with the same cookie: the same person, whose
            // calls to the gateway carry the session's token, in a circuit of that replica's.
            foreach (var replica in replicas)
            {
                await SignedInAtAsync(person, replica, federation.DisplayName);
            }

            // One replica dies: the other still knows the person, and so does its replacement.
            Process.GetProcessById(system.ProcessAt("web", replicas[0])).Kill();
            await SignedInAtAsync(person, replicas[1], federation.DisplayName);
            var afterwards = await system.EachReplicaAnswersAsync("web");
            foreach (var replica in afterwards)
            {
                await SignedInAtAsync(person, replica, federation.DisplayName);
            }

            // Signing out through the proxy ends the session on every replica: the same cookie
            // is sent to sign in again.
            var cookie = await SessionCookieAsync(person);
            foreach (var replica in afterwards)
            {
                Assert.Equal(HttpStatusCode.OK, await StartPageStatusAsync(replica, cookie));
            }
            await person.GotoAsync("/");
            await person.HeadingAsync("Dina samordningsförbund");
            await person.ClickAsync("Logga ut");
            await person.HeadingAsync("Logga ut");
            await person.ClickAsync("Logga ut");
            await person.HeadingAsync("Du är utloggad");
            foreach (var replica in afterwards)
            {
                Assert.Equal(HttpStatusCode.Redirect, await StartPageStatusAsync(replica, cookie));
            }
        });
    }

    // The start page at the replica's own address lists the federation (read through the
    // gateway with the person's token), and following its link works in the circuit, which
    // the browser opened with one WebSocket and no negotiation request.
    private async Task SignedInAtAsync(PersonInBrowser person, Uri replica, string federationName)
    {
        var page = await person.Page.Context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        var negotiations = 0;
        page.Request += (_, request) => negotiations += request.Url.Contains("/_blazor/negotiate", StringComparison.Ordinal) ? 1 : 0;
        await page.GotoAsync(AsTheBrowserSeesIt(replica).ToString());
        await page.GetByRole(AriaRole.Heading, new() { Name = "Dina samordningsförbund", Level = 1, Exact = true }).WaitForAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = federationName, Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = federationName, Level = 1, Exact = true }).WaitForAsync();
        Assert.Equal(0, negotiations);
        await page.CloseAsync();
    }

    // The answer to a plain request for the start page with the session's cookie: the page, or
    // a redirect to sign in.
    private async Task<HttpStatusCode> StartPageStatusAsync(Uri replica, string cookie)
    {
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, AsTheBrowserSeesIt(replica));
        request.Headers.Add("Cookie", cookie);
        using var answer = await http.SendAsync(request);
        return answer.StatusCode;
    }

    private static async Task<string> SessionCookieAsync(PersonInBrowser person) =>
        string.Join("; ", (await person.Page.Context.CookiesAsync())
            .Where(c => c.Name.StartsWith("Finsam.Web", StringComparison.Ordinal))
            .Select(c => $"{c.Name}={c.Value}"));

    // The replica's port on the proxy's host name: cookies go by host, not port.
    private Uri AsTheBrowserSeesIt(Uri replica) => new UriBuilder(replica) { Host = system.WebApp.Host }.Uri;
}
