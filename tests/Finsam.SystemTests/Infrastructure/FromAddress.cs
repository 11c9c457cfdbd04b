using System.Net;
using System.Net.Sockets;

namespace Finsam.SystemTests.Infrastructure;

// An HTTP client that connects from a loopback address of its own (127.0.0.0/8), so a
// test is a client address of its own to limits kept per address.
public static class FromAddress
{
    public static HttpClient Client(Uri baseAddress, string loopbackAddress) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                socket.Bind(new IPEndPoint(IPAddress.Parse(loopbackAddress), 0));
                await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, context.DnsEndPoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    })
    { BaseAddress = baseAddress };
}
