using Google.Protobuf;
using OpenTelemetry.Proto.Collector.Logs.V1;
using OpenTelemetry.Proto.Collector.Metrics.V1;
using OpenTelemetry.Proto.Collector.Trace.V1;

namespace Finsam.Dashboard.Otlp;

// OTLP/HTTP with protobuf bodies: POST /v1/traces, /v1/logs, /v1/metrics.
public static class OtlpHttpEndpoints
{
    private const string Protobuf = "application/x-protobuf";

    public static void MapOtlpHttp(this WebApplication app, string host)
    {
        Map(app, host, "/v1/traces", ExportTraceServiceRequest.Parser, (receiver, request) => receiver.Receive(request));
        Map(app, host, "/v1/logs", ExportLogsServiceRequest.Parser, (receiver, request) => receiver.Receive(request));
        Map(app, host, "/v1/metrics", ExportMetricsServiceRequest.Parser, (receiver, request) => receiver.Receive(request));
    }

    private static void Map<TRequest>(WebApplication app, string host, string path, MessageParser<TRequest> parser, Func<OtlpReceiver, TRequest, IMessage> receive)
        where TRequest : IMessage<TRequest> =>
        app.MapPost(path, async (HttpContext http, OtlpReceiver receiver, OtlpApiKey key) =>
        {
            if (!key.Accepts(http.Request.Headers[OtlpApiKey.Header]))
            {
                return Results.Unauthorized();
            }
            if (http.Request.ContentType?.StartsWith(Protobuf, StringComparison.OrdinalIgnoreCase) != true)
            {
                return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
            }
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body, http.RequestAborted);
            TRequest request;
            try
            {
                request = parser.ParseFrom(body.ToArray());
            }
            catch (InvalidProtocolBufferException)
            {
                return Results.BadRequest();
            }
            return Results.Bytes(receive(receiver, request).ToByteArray(), Protobuf);
        })
        .RequireHost(host)
        .AllowAnonymous()
        .DisableAntiforgery();
}
