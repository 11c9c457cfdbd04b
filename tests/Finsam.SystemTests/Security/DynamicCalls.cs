using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;

namespace Finsam.SystemTests.Security;

// Calls any RPC from its descriptor alone, with messages as IMessage: what lets a test
// enumerate every RPC of every service instead of keeping a hand-written list.
public static class DynamicCalls
{
    public static async Task CallAsync(CallInvoker invoker, MethodDescriptor method, IMessage request)
    {
        var options = new CallOptions(deadline: DateTime.UtcNow.AddSeconds(60));
        if (method.IsServerStreaming)
        {
            using var stream = invoker.AsyncServerStreamingCall(Describe(method, MethodType.ServerStreaming), null, options, request);
            while (await stream.ResponseStream.MoveNext(CancellationToken.None))
            {
            }
            return;
        }
        await invoker.AsyncUnaryCall(Describe(method, MethodType.Unary), null, options, request).ResponseAsync;
    }

    private static Method<IMessage, IMessage> Describe(MethodDescriptor method, MethodType type) =>
        new(type, method.Service.FullName, method.Name, MarshallerOf(method.InputType), MarshallerOf(method.OutputType));

    private static Marshaller<IMessage> MarshallerOf(MessageDescriptor type) =>
        Marshallers.Create<IMessage>(message => message.ToByteArray(), bytes => type.Parser.ParseFrom(bytes));
}
