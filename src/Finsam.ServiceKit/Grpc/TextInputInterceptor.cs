using System.Collections;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Finsam.ServiceKit.Grpc;

// PostgreSQL cannot store the NUL character in text, and no person means to send one:
// a request that carries it anywhere is refused, naming the field, before any service
// code sees it.
public sealed class TextInputInterceptor : Interceptor
{
    private const int MaxDepth = 16;

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request,
        ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Check(request);
        return continuation(request, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request,
        IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Check(request);
        return continuation(request, responseStream, context);
    }

    private static void Check(object request)
    {
        if (request is not IMessage message)
        {
            return;
        }
        var violations = new FieldViolations();
        Visit(message, "", 0, violations);
        violations.ThrowIfAny();
    }

    private static void Visit(IMessage message, string prefix, int depth, FieldViolations violations)
    {
        if (depth > MaxDepth)
        {
            return;
        }
        foreach (var field in message.Descriptor.Fields.InDeclarationOrder())
        {
            var path = prefix.Length == 0 ? field.Name : $"{prefix}.{field.Name}";
            var value = field.Accessor.GetValue(message);
            if (field.IsMap)
            {
                foreach (DictionaryEntry entry in (IDictionary)value)
                {
                    if (entry.Key is string key && key.Contains('\0'))
                    {
                        violations.Add(path, ViolationReason.InvalidCharacter, "Text cannot contain the NUL character.");
                    }
                    VisitValue(field.MessageType.FindFieldByName("value"), entry.Value, $"{path}[{entry.Key}]", depth, violations);
                }
                continue;
            }
            if (field.IsRepeated)
            {
                var index = 0;
                foreach (var item in (IList)value)
                {
                    VisitValue(field, item, $"{path}[{index++}]", depth, violations);
                }
            }
            else
            {
                VisitValue(field, value, path, depth, violations);
            }
        }
    }

    private static void VisitValue(FieldDescriptor field, object? value, string path, int depth, FieldViolations violations)
    {
        if (field.FieldType == FieldType.String && value is string text && text.Contains('\0'))
        {
            violations.Add(path, ViolationReason.InvalidCharacter, "Text cannot contain the NUL character.");
        }
        else if (field.FieldType == FieldType.Message && value is IMessage nested)
        {
            Visit(nested, path, depth + 1, violations);
        }
    }
}
