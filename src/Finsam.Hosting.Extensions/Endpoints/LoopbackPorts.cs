using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Finsam.Hosting.Endpoints;

// A port free on loopback now, for an endpoint that keeps it across restarts.
public static class LoopbackPorts
{
    private const string EphemeralRangeFile = "/proc/sys/net/ipv4/ip_local_port_range";
    // Above the fixed ports a system uses (the gateway 5080/5081, the web app 5090, the
    // dashboard 18888-18890), which another AppHost may take after this one chose.
    private const int Lowest = 20000;
    private const int Tries = 200;

    // Ports already chosen in this process: free until their services bind them, so the
    // kernel alone cannot tell that two endpoints (the gateway's two, say) got the same one.
    private static readonly HashSet<int> Chosen = [];

    // Chosen outside the kernel's ephemeral range: a port from that range (what binding port 0
    // gives) can become the source port of any outgoing connection, another service's pooled
    // database connection say, in the seconds before the service binds it, and it is kept for
    // every restart after.
    public static int Free()
    {
        var (ephemeralLow, ephemeralHigh) = EphemeralRange();
        for (var i = 0; i < Tries; i++)
        {
            var port = Random.Shared.Next(Lowest, IPEndPoint.MaxPort + 1);
            if (port >= ephemeralLow && port <= ephemeralHigh)
            {
                continue;
            }
            lock (Chosen)
            {
                if (!Chosen.Contains(port) && IsFree(port))
                {
                    Chosen.Add(port);
                    return port;
                }
            }
        }
        throw new InvalidOperationException($"No free loopback port outside {ephemeralLow}-{ephemeralHigh} after {Tries} tries.");
    }

    public static (int Low, int High) EphemeralRange()
    {
        try
        {
            var bounds = File.ReadAllText(EphemeralRangeFile).Split((char[])['\t', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
            return (int.Parse(bounds[0], CultureInfo.InvariantCulture), int.Parse(bounds[1], CultureInfo.InvariantCulture));
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            // Linux's default, and within IANA's dynamic range (49152-65535) that other systems use.
            return (32768, 65535);
        }
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
