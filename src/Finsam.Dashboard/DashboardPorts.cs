namespace Finsam.Dashboard;

// Which port is which, from the Kestrel endpoints the AppHost configures (named
// "http", "otlp-grpc", "otlp-http"), else Aspire's defaults.
public sealed record DashboardPorts(int Ui, int OtlpGrpc, int OtlpHttp)
{
    public string OtlpGrpcHost => $"*:{OtlpGrpc}";

    public string OtlpHttpHost => $"*:{OtlpHttp}";

    public static DashboardPorts From(IConfiguration configuration) => new(
        Port(configuration, "http", 18888),
        Port(configuration, "otlp-grpc", 18889),
        Port(configuration, "otlp-http", 18890));

    private static int Port(IConfiguration configuration, string endpoint, int fallback) =>
        configuration[$"Kestrel:Endpoints:{endpoint}:Url"] is { } url ? new Uri(url).Port : fallback;
}
