using System.Net.Http;
using Yarp.ReverseProxy.Forwarder;

namespace Finsam.Gateway.Routing;

// A service that is down must cost a caller seconds, not minutes: connecting gives
// up after five seconds, so the gateway answers Unavailable within that.
internal sealed class ForwarderTimeouts : ForwarderHttpClientFactory
{
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(5);

    protected override void ConfigureHandler(ForwarderHttpClientContext context, SocketsHttpHandler handler)
    {
        base.ConfigureHandler(context, handler);
        handler.ConnectTimeout = ConnectTimeout;
    }
}
