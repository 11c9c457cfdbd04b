using System.Security.Cryptography;
using System.Text;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Options;

namespace Finsam.Dashboard.Otlp;

// The key an exporter sends in "x-otlp-api-key" (Dashboard:Otlp:ApiKey); without a
// configured key the receivers are open, as Aspire's are when told so.
public sealed class OtlpApiKey(IOptions<DashboardOptions> options)
{
    public const string Header = "x-otlp-api-key";

    public bool Accepts(string? given)
    {
        var expected = options.Value.Otlp.ApiKey;
        return string.IsNullOrEmpty(expected)
            || CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given ?? ""), Encoding.UTF8.GetBytes(expected));
    }
}

public sealed class OtlpApiKeyInterceptor(OtlpApiKey key) : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation) =>
        key.Accepts(context.RequestHeaders.GetValue(OtlpApiKey.Header))
            ? continuation(request, context)
            : throw new RpcException(new Status(StatusCode.Unauthenticated, $"Send the OTLP API key in '{OtlpApiKey.Header}'."));
}
