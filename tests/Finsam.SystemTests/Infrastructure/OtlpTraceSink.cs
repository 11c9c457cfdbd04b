using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using OpenTelemetry.Proto.Collector.Trace.V1;

namespace Finsam.SystemTests.Infrastructure;

public sealed record ReceivedSpan(string Service, string TraceId, string Name, IReadOnlyDictionary<string, string> Attributes);

// A stand-in for an OTLP backend: receives what services export over OTLP/HTTP
// (protobuf) on loopback and keeps the spans, so a test can follow one request.
public sealed class OtlpTraceSink : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<ReceivedSpan> _spans = new();
    private readonly Task _serving;

    public OtlpTraceSink()
    {
        var port = FreePort();
        Endpoint = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add($"{Endpoint}/");
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public string Endpoint { get; }

    public IReadOnlyList<ReceivedSpan> Spans => [.. _spans];

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            if (context.Request.Url?.AbsolutePath == "/v1/traces")
            {
                var request = ExportTraceServiceRequest.Parser.ParseFrom(context.Request.InputStream);
                foreach (var resourceSpans in request.ResourceSpans)
                {
                    var service = resourceSpans.Resource?.Attributes.FirstOrDefault(a => a.Key == "service.name")?.Value?.StringValue ?? "";
                    foreach (var span in resourceSpans.ScopeSpans.SelectMany(s => s.Spans))
                    {
                        _spans.Enqueue(new ReceivedSpan(service, Convert.ToHexStringLower(span.TraceId.ToByteArray()), span.Name,
                            span.Attributes.ToDictionary(a => a.Key, a => a.Value?.ToString() ?? "")));
                    }
                }
            }
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/x-protobuf";
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _serving;
    }
}
