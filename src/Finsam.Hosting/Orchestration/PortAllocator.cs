using System.Net;
using System.Net.Sockets;

namespace Finsam.Hosting.Orchestration;

internal static class PortAllocator
{
    private static readonly HashSet<int> Handed = [];

    // A port nobody listens on now, and that this process has not handed out before.
    public static int FreePort()
    {
        while (true)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            lock (Handed)
            {
                if (Handed.Add(port))
                {
                    return port;
                }
            }
        }
    }
}
