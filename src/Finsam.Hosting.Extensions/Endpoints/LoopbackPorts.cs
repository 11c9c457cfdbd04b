using System.Net;
using System.Net.Sockets;

namespace Finsam.Hosting.Endpoints;

// A port free on loopback now, for an endpoint that keeps it across restarts.
public static class LoopbackPorts
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
