using System.Text.RegularExpressions;
using Finsam.Contracts;
using Finsam.ServiceDefaults.Security;
using Finsam.ServiceKit.Security;
using Google.Api;
using Google.Protobuf.Reflection;

namespace Finsam.ServiceKit.Tests.Security;

// The contracts declare who may call each RPC and which field names its federation; these
// tests keep the declarations whole, so that no RPC is ever checked by a guess.
public sealed partial class DeclaredAccessTests
{
    public static TheoryData<string> Methods() => [.. ContractServices.All.SelectMany(s => s.Methods).Select(ContractServices.PathOf)];

    private static MethodDescriptor Method(string path) => ContractServices.FindMethod(path)!;

    [Fact]
    public void Every_rpc_of_every_service_declares_a_rule_that_can_be_enforced()
    {
        // AccessRules reads and checks every declaration; one that cannot be enforced throws.
        var rules = new AccessRules();
        Assert.All(ContractServices.All.SelectMany(s => s.Methods), m => Assert.NotNull(rules.Find(ContractServices.PathOf(m))));
        Assert.Null(rules.Find("/finsam.funding.v1.FundingService/NoSuchMethod"));
    }

    // A probe has no token: the health check is anyone's, about no federation; Watch, a stream
    // a probe never opens, is nobody's.
    [Fact]
    public void The_standard_health_check_is_open_to_a_probe_and_its_watch_is_not()
    {
        var rules = new AccessRules();

        var check = rules.Find("/grpc.health.v1.Health/Check");
        Assert.Equal(Access.Anonymous, check?.Level);
        Assert.Null(check?.FederationField);
        Assert.Null(rules.Find("/grpc.health.v1.Health/Watch"));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void An_rpc_held_to_a_federation_role_names_its_federation_by_a_resource_name_field(string path)
    {
        var access = DeclaredAccess.Of(Method(path));
        if (access.Level is Access.Read or Access.Write or Access.Audit)
        {
            Assert.NotNull(access.FederationField);
            Assert.True(ResourceNameFields.IsResourceName(access.FederationField!.Leaf));
        }
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void An_rpc_whose_request_carries_resource_names_names_its_federation_is_public_or_is_for_regional_administrators(string path)
    {
        var method = Method(path);
        var access = DeclaredAccess.Of(method);
        if (access.FederationField is null && NameFieldsOf(method.InputType).Any())
        {
            // A public RPC (the catalogue, published plans) answers only what every federation
            // publishes, so a name in it narrows the answer and opens nothing.
            Assert.Contains(access.Level, (Access[])[Access.Administer, Access.Anonymous]);
        }
    }

    // A field the URL binds (google.api.http) is a resource name: it must say so, or the
    // check that every name points into one federation would not see it.
    [Theory]
    [MemberData(nameof(Methods))]
    public void Every_field_an_http_path_binds_is_marked_as_a_resource_name(string path)
    {
        var method = Method(path);
        var rule = method.GetOptions()?.GetExtension(AnnotationsExtensions.Http);
        if (rule is null)
        {
            return;
        }
        var template = rule.Get + rule.Post + rule.Put + rule.Patch + rule.Delete;
        foreach (Match variable in PathVariable().Matches(template))
        {
            if (variable.Groups["pattern"].Value.StartsWith("federations/", StringComparison.Ordinal))
            {
                var field = FieldPath.Resolve(method.InputType, variable.Groups["field"].Value);
                Assert.True(ResourceNameFields.IsResourceName(field.Leaf), $"{path}: {field.Text} is bound to a resource path but not marked as a resource name.");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void The_federation_field_is_the_one_the_url_binds(string path)
    {
        var method = Method(path);
        var access = DeclaredAccess.Of(method);
        var rule = method.GetOptions()?.GetExtension(AnnotationsExtensions.Http);
        var template = rule is null ? "" : rule.Get + rule.Post + rule.Put + rule.Patch + rule.Delete;
        var bound = PathVariable().Matches(template).Select(v => v.Groups["field"].Value).ToList();
        if (access.FederationField is { } field && bound.Count > 0)
        {
            Assert.Contains(field.Text, bound);
        }
    }

    private static IEnumerable<string> NameFieldsOf(MessageDescriptor message, int depth = 0) =>
        depth > 8
            ? []
            : message.Fields.InDeclarationOrder().SelectMany(f =>
                ResourceNameFields.IsResourceName(f) ? [f.Name]
                : f.FieldType == FieldType.Message && !f.IsMap ? NameFieldsOf(f.MessageType, depth + 1)
                : []);

    [GeneratedRegex(@"\{(?<field>[a-z_.]+)(=(?<pattern>[^}]+))?\}")]
    private static partial Regex PathVariable();
}
