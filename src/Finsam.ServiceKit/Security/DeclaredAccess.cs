using Finsam.ServiceDefaults.Security;
using Finsam.Contracts.Common.V1;
using Google.Protobuf.Reflection;

namespace Finsam.ServiceKit.Security;

// An RPC's access rule as its contract declares it (finsam.common.v1.access), checked once
// when the service starts so that a rule that cannot be enforced never serves a call.
public sealed class DeclaredAccess
{
    private DeclaredAccess(Access level, FieldPath? federationField)
    {
        Level = level;
        FederationField = federationField;
    }

    // Anyone may call it, about no federation.
    public static DeclaredAccess Public { get; } = new(Access.Anonymous, null);

    public Access Level { get; }

    // The one field whose resource name names the federation; null for RPCs across federations.
    public FieldPath? FederationField { get; }

    public static DeclaredAccess Of(MethodDescriptor method)
    {
        var name = $"{method.Service.FullName}.{method.Name}";
        var options = method.GetOptions();
        var rule = options?.HasExtension(AccessExtensions.Access) == true ? options.GetExtension(AccessExtensions.Access) : null;
        var level = rule?.Level switch
        {
            AccessLevel.Anonymous => Access.Anonymous,
            AccessLevel.SignedIn => Access.SignedIn,
            AccessLevel.Read => Access.Read,
            AccessLevel.Write => Access.Write,
            AccessLevel.Audit => Access.Audit,
            AccessLevel.Administer => Access.Administer,
            _ => throw new InvalidOperationException($"{name} declares no access rule (finsam.common.v1.access)."),
        };

        FieldPath? field = null;
        if (rule!.FederationField.Length > 0)
        {
            field = FieldPath.Resolve(method.InputType, rule.FederationField);
            if (!ResourceNameFields.IsResourceName(field.Leaf))
            {
                throw new InvalidOperationException($"{name} names '{rule.FederationField}' as its federation, which the contract does not mark as a resource name.");
            }
        }
        else if (level is Access.Read or Access.Write or Access.Audit)
        {
            throw new InvalidOperationException($"{name} is held to a federation role but declares no federation_field.");
        }
        return new DeclaredAccess(level, field);
    }
}
