namespace Finsam.Web.Gateway;

// Where the gateway is: its JSON/HTTP/1.1 address (sign-in, discovery) and its gRPC/HTTP/2
// address, as the AppHost hands them (services__gateway__http__0, services__gateway__grpc__0),
// or Gateway:Http and Gateway:Grpc when the app runs elsewhere.
public sealed record GatewayAddresses(Uri Http, Uri Grpc)
{
    public static GatewayAddresses From(IConfiguration configuration) => new(
        Required(configuration, "Gateway:Http", "services:gateway:http:0"),
        Required(configuration, "Gateway:Grpc", "services:gateway:grpc:0"));

    private static Uri Required(IConfiguration configuration, string setting, string fromAspire)
    {
        var value = configuration[setting] ?? configuration[fromAspire];
        return Uri.TryCreate(value, UriKind.Absolute, out var address) && address.Scheme is "http" or "https"
            ? address
            : throw new InvalidOperationException($"Set {setting} (or {fromAspire}) to the gateway's address; it is '{value}'.");
    }
}
