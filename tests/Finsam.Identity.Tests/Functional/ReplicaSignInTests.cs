using System.Net;
using Finsam.Contracts.Identity.V1;
using Finsam.Identity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Finsam.Identity.Tests.Functional;

// Two replicas of identity behind a load balancer without affinity: the sign-in form one
// served is taken by the other, and the session it starts is known to both, as their Data
// Protection keys are the ones in the database they share.
public sealed class ReplicaSignInTests(IdentityHost host) : IClassFixture<IdentityHost>
{
    [Fact]
    public async Task A_form_one_replica_served_is_taken_by_the_other_and_the_session_holds_on_both()
    {
        var username = await host.NewPersonAsync(Role.Reader);
        var browser = await host.NewBrowserAcrossReplicasAsync();
        var request = host.NewRequest();

        var page = await browser.AuthorizeAsync(request);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var callback = await browser.SignInAsync(page, username, IdentityHost.Password);

        Assert.True(callback.Query.ContainsKey("code"), $"No code: {(int)callback.Status} {callback.Location} {callback.Text}");
        Assert.Equal(HttpStatusCode.OK, (await host.WebApp().ExchangeAsync(callback.Query["code"], request)).Status);

        // Signed in: each replica in turn answers the next request with a code, no page.
        for (var replica = 0; replica < 2; replica++)
        {
            var again = host.NewRequest();
            var answer = await browser.AuthorizeAsync(again);
            Assert.True(answer.Query.ContainsKey("code"), $"No code without the password: {(int)answer.Status} {answer.Location}");
            Assert.Equal(again.State, answer.Query["state"]);
        }

        // The keys they share are stored sealed: none shows its secret.
        await using var scope = host.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
        Assert.NotEmpty(stored);
        Assert.All(stored, xml =>
        {
            Assert.Contains("<sealedKey ", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
    }
}
