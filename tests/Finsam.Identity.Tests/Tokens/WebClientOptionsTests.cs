using Finsam.Identity.Tokens;
using Microsoft.Extensions.Configuration;

namespace Finsam.Identity.Tests.Tokens;

// The web app's addresses as the AppHost may set them: one per index, or a list in one value.
public sealed class WebClientOptionsTests
{
    [Fact]
    public void Addresses_are_read_one_per_index_or_as_a_list_in_one_value()
    {
        var options = WebClientOptions.From(Configuration(new()
        {
            ["Identity:WebClient:RedirectUris:0"] = "http://localhost:5090/signin-oidc",
            ["Identity:WebClient:RedirectUris:1"] = "https://finsam.example.org/signin-oidc",
            ["Identity:WebClient:PostLogoutRedirectUris"] = "http://localhost:5090/signout-callback-oidc; https://finsam.example.org/signout-callback-oidc",
        }));

        Assert.Equal(["http://localhost:5090/signin-oidc", "https://finsam.example.org/signin-oidc"], options.RedirectUris.Select(u => u.AbsoluteUri));
        Assert.Equal(["http://localhost:5090/signout-callback-oidc", "https://finsam.example.org/signout-callback-oidc"],
            options.PostLogoutRedirectUris.Select(u => u.AbsoluteUri));
    }

    [Fact]
    public void None_set_is_no_address()
    {
        var options = WebClientOptions.From(Configuration([]));

        Assert.Empty(options.RedirectUris);
        Assert.Empty(options.PostLogoutRedirectUris);
    }

    [Theory]
    [InlineData("/signin-oidc")]
    [InlineData("ftp://finsam.example.org/signin-oidc")]
    [InlineData("https://finsam.example.org/signin-oidc#fragment")]
    public void An_address_that_cannot_be_one_stops_the_start_naming_the_setting(string address)
    {
        var failure = Assert.Throws<InvalidOperationException>(() =>
            WebClientOptions.From(Configuration(new() { ["Identity:WebClient:RedirectUris:0"] = address })));

        Assert.Contains("Identity:WebClient:RedirectUris", failure.Message);
        Assert.Contains(address, failure.Message);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
