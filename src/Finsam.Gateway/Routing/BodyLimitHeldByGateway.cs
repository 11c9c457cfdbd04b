using Microsoft.AspNetCore.Http.Features;

namespace Finsam.Gateway.Routing;

// What the forwarder sees of the server's body limit once RequestSizeLimit has taken it over:
// off, and free to be switched off. Kestrel's own feature turns read-only as soon as the body is
// read, which RequestSizeLimit does to look at a gRPC message's length; YARP then cannot switch
// the server's limit off for a gRPC stream and logs a warning for every call, an OTLP log record
// each, though the limit is already off and the gateway holds its own.
internal sealed class BodyLimitHeldByGateway : IHttpMaxRequestBodySizeFeature
{
    public static readonly BodyLimitHeldByGateway Instance = new();

    public bool IsReadOnly => false;

    public long? MaxRequestBodySize
    {
        get => null;
        // Only the forwarder and gRPC's streaming handlers (server reflection) set it, each to
        // null: the limit RequestSizeLimit holds stands.
        set { }
    }
}
