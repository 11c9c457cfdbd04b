using System.Text.Json;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Rpc;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Grpc.JsonTranscoding;
using Microsoft.AspNetCore.Http;

namespace Finsam.ServiceKit.Grpc;

// Runs before JSON transcoding reads a request (after routing has chosen the RPC): a body
// or query parameter that does not fit the contract is refused as InvalidArgument with the
// fields named (see TranscodedJson), in the shape transcoding answers errors in.
public static class TranscodedRequestValidation
{
    private static readonly JsonFormatter ErrorFormatter = new(JsonFormatter.Settings.Default
        .WithTypeRegistry(TypeRegistry.FromMessages(BadRequest.Descriptor)));

    public static IApplicationBuilder UseTranscodedRequestValidation(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var transcoding = context.GetEndpoint()?.Metadata.GetMetadata<GrpcJsonTranscodingMetadata>();
            if (transcoding is null)
            {
                await next(context);
                return;
            }

            var violations = new FieldViolations();
            var input = transcoding.MethodDescriptor.InputType;
            foreach (var (key, values) in context.Request.Query)
            {
                TranscodedJson.CheckQuery(key, values, input, violations);
            }
            await CheckBodyAsync(context, transcoding, violations);

            if (violations.Any)
            {
                var status = GrpcErrors.InvalidArgument(violations).GetRpcStatus()!;
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                context.Response.ContentType = "application/json; charset=utf-8";
                await context.Response.WriteAsync(ErrorFormatter.Format(status));
                return;
            }
            await next(context);
        });

    private static async Task CheckBodyAsync(HttpContext context, GrpcJsonTranscodingMetadata transcoding, FieldViolations violations)
    {
        var body = transcoding.HttpRule.Body;
        if (body.Length == 0 || context.Request.ContentLength == 0
            || context.Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return;
        }

        var input = transcoding.MethodDescriptor.InputType;
        var (message, prefix) = body == "*" ? (input, "") : (input.FindFieldByName(body)?.MessageType, body);
        if (message is null)
        {
            return;
        }

        // Transcoding reads the body again after this.
        context.Request.EnableBuffering();
        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            TranscodedJson.CheckBody(document.RootElement, message, prefix, violations);
        }
        catch (JsonException)
        {
            // Not JSON at all: transcoding says so in its own words, which name nothing internal.
        }
        finally
        {
            context.Request.Body.Position = 0;
        }
    }
}
