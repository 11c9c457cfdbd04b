namespace Finsam.Web.Public;

// A visitor is known by their address: the connection's, or the one ASP.NET Core's forwarded
// headers put there when the app runs behind a proxy of its own.
public static class Visitors
{
    public static string AddressOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "";
}
