using System.Net;
using System.Net.Sockets;
using Finsam.Hosting.Endpoints;

namespace Finsam.Hosting.Tests.Endpoints;

public sealed class LoopbackPortsTests
{
    // An ephemeral port can be taken as the source port of any outgoing connection before the
    // service binds it; one outside that range is only ever taken by a listener.
    [Fact]
    public void A_chosen_port_is_outside_the_kernels_ephemeral_range_and_can_be_bound()
    {
        var (low, high) = LoopbackPorts.EphemeralRange();
        Assert.True(low > 1024 && high >= low);

        for (var i = 0; i < 50; i++)
        {
            var port = LoopbackPorts.Free();

            Assert.False(port >= low && port <= high, $"{port} is in the ephemeral range {low}-{high}.");
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
        }
    }

    // The gateway's two endpoints (and the web app's) are chosen one after another and bound
    // only when the services start: the same port twice would fail the second bind forever.
    [Fact]
    public void A_port_is_never_chosen_twice_though_nothing_has_bound_it_yet()
    {
        var chosen = Enumerable.Range(0, 2_000).Select(_ => LoopbackPorts.Free()).ToList();

        Assert.Equal(chosen.Count, chosen.Distinct().Count());
    }

    [Fact]
    public void A_port_a_listener_holds_is_not_chosen()
    {
        var held = new List<TcpListener>();
        try
        {
            for (var i = 0; i < 20; i++)
            {
                var port = LoopbackPorts.Free();
                Assert.DoesNotContain(held, l => ((IPEndPoint)l.LocalEndpoint).Port == port);
                var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                held.Add(listener);
            }
        }
        finally
        {
            held.ForEach(l => l.Stop());
        }
    }
}
