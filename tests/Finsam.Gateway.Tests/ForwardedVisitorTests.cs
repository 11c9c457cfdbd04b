using System.Net;
using Finsam.Gateway.Routing;
using Microsoft.AspNetCore.Http;

namespace Finsam.Gateway.Tests;

// Whose rate bucket an anonymous call counts in: the visitor a trusted front end (the web
// app) names, never one a client names for itself.
public sealed class ForwardedVisitorTests
{
    [Fact]
    public void A_call_from_the_web_app_on_loopback_counts_as_the_visitor_it_names()
    {
        Assert.Equal("visitor:203.0.113.7", ForwardedVisitor.Of(Call("127.0.0.1", "203.0.113.7"), []));
        Assert.Equal("visitor:2001:db8::1", ForwardedVisitor.Of(Call("::1", "2001:db8::1"), []));
    }

    [Fact]
    public void Two_visitors_of_the_web_app_are_two_buckets()
    {
        Assert.NotEqual(ForwardedVisitor.Of(Call("127.0.0.1", "203.0.113.7"), []), ForwardedVisitor.Of(Call("127.0.0.1", "203.0.113.8"), []));
    }

    [Fact]
    public void Only_the_address_the_front_end_added_counts_not_what_the_visitor_wrote_before_it()
    {
        Assert.Equal("visitor:203.0.113.7", ForwardedVisitor.Of(Call("127.0.0.1", "198.51.100.1, 203.0.113.7"), []));
    }

    [Fact]
    public void A_client_elsewhere_cannot_choose_its_bucket_by_the_header()
    {
        Assert.Null(ForwardedVisitor.Of(Call("198.51.100.20", "203.0.113.7"), []));
        Assert.Equal("visitor:203.0.113.7", ForwardedVisitor.Of(Call("198.51.100.20", "203.0.113.7"), ["198.51.100.20"]));
    }

    [Fact]
    public void No_address_or_not_an_address_counts_as_the_caller()
    {
        Assert.Null(ForwardedVisitor.Of(Call("127.0.0.1", null), []));
        Assert.Null(ForwardedVisitor.Of(Call("127.0.0.1", "inte-en-adress"), []));
    }

    private static DefaultHttpContext Call(string from, string? forwardedFor)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(from);
        if (forwardedFor is not null)
        {
            context.Request.Headers["X-Forwarded-For"] = forwardedFor;
        }
        return context;
    }
}
