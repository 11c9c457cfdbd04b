using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Finsam.ServiceDefaults.Security;

// Finds the federation a request is about from its resource names (AIP-122): "parent",
// "name", or the "name" of the resource it carries ("federation.name", "allocation.name").
public static class FederationOfRequest
{
    private static readonly string[] NameFields = ["parent", "name"];

    public static string? Find(IMessage request)
    {
        var fields = request.Descriptor.Fields;
        foreach (var fieldName in NameFields)
        {
            if (fields.InDeclarationOrder().FirstOrDefault(f => f.Name == fieldName && f.FieldType == FieldType.String) is { } field
                && Parse((string)field.Accessor.GetValue(request)) is { } federation)
            {
                return federation;
            }
        }

        foreach (var field in fields.InDeclarationOrder().Where(f => f.FieldType == FieldType.Message && !f.IsRepeated && !f.IsMap))
        {
            if (field.Accessor.GetValue(request) is IMessage carried
                && carried.Descriptor.FindFieldByName("name") is { FieldType: FieldType.String } name
                && Parse((string)name.Accessor.GetValue(carried)) is { } federation)
            {
                return federation;
            }
        }
        return null;
    }

    // "federations/{federation}" or "federations/{federation}/..." -> "{federation}"
    public static string? Parse(string resourceName)
    {
        const string prefix = "federations/";
        if (!resourceName.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }
        var rest = resourceName[prefix.Length..];
        var end = rest.IndexOf('/');
        var id = end < 0 ? rest : rest[..end];
        return id.Length > 0 ? id : null;
    }
}
