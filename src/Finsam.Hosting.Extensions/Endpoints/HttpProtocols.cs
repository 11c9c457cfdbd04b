namespace Finsam.Hosting.Endpoints;

// Kestrel's protocol names, as its configuration spells them.
public enum HttpProtocols
{
    Http1,
    Http2,
}
