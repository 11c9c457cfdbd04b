using Finsam.Contracts.Common.V1;
using Google.Api;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Finsam.Gateway.Tests;

// A contract written in a test, compiled to descriptors as protoc would: for shapes the real
// contracts do not have (yet), such as additional_bindings or two RPCs on one path.
internal static class ContractsForTests
{
    public sealed record Rpc(string Name, HttpRule? Http = null, AccessLevel? Access = null);

    public static ServiceDescriptor Service(string package, string service, params Rpc[] rpcs)
    {
        var file = new FileDescriptorProto { Name = $"{package.Replace('.', '/')}/test.proto", Package = package, Syntax = "proto3" };
        file.MessageType.Add(new DescriptorProto
        {
            Name = "Request",
            Field = { new FieldDescriptorProto { Name = "name", JsonName = "name", Number = 1, Type = FieldDescriptorProto.Types.Type.String, Label = FieldDescriptorProto.Types.Label.Optional } },
        });
        file.MessageType.Add(new DescriptorProto { Name = "Response" });

        var serviceProto = new ServiceDescriptorProto { Name = service };
        foreach (var rpc in rpcs)
        {
            var options = new MethodOptions();
            if (rpc.Http is not null)
            {
                options.SetExtension(AnnotationsExtensions.Http, rpc.Http);
            }
            if (rpc.Access is { } level)
            {
                options.SetExtension(AccessExtensions.Access, new AccessRule { Level = level });
            }
            serviceProto.Method.Add(new MethodDescriptorProto
            {
                Name = rpc.Name,
                InputType = $".{package}.Request",
                OutputType = $".{package}.Response",
                Options = options,
            });
        }
        file.Service.Add(serviceProto);

        var registry = new ExtensionRegistry { AnnotationsExtensions.Http, AccessExtensions.Access };
        return FileDescriptor.BuildFromByteStrings([file.ToByteString()], registry)[0].Services[0];
    }
}
