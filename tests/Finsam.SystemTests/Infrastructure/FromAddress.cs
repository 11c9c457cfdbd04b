using System.Net;
using System.Net.Sockets;

namespace Finsam.SystemTests.Infrastructure;

// An HTTP client that connects from a loopback address of its own (127.0.0.0/8), so a
// test is a client address of its own to limits kept per address.
public static class FromAddress
{
    public static HttpClient Client(Uri baseAddress, string loopbackAddress) => new(Handler(loopbackAddress)) { BaseAddress = baseAddress };

    // A browser at that address: it keeps its cookies and follows no redirect by itself.
    public static HttpClient Browser(Uri baseAddress, string loopbackAddress)
    {
        var handler = Handler(loopbackAddress);
        handler.AllowAutoRedirect = false;
        handler.UseCookies = true;
        handler.CookieContainer = new CookieContainer();
        return new HttpClient(handler) { BaseAddress = baseAddress };
    }

    private static SocketsHttpHandler Handler(string loopbackAddress) => new()
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
    };
}
