namespace Finsam.Hosting.ApplicationModel;

// A port a project listens on. Transport "http" is HTTP/1.1, "http2" is HTTP/2
// cleartext (prior knowledge), as gRPC services speak it.
public sealed class EndpointAnnotation(string name)
{
    public const string Http = "http";
    public const string Http2 = "http2";

    public string Name { get; } = name;

    public string UriScheme => "http";

    public string Transport { get; set; } = Http;

    // A fixed port, or null for any free one.
    public int? Port { get; set; }

    public bool IsExternal { get; set; }
}
