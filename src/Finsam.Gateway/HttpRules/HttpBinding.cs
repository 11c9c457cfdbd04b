using Google.Api;
using Google.Protobuf.Reflection;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Finsam.Gateway.HttpRules;

// One way an RPC is called over HTTP/JSON: its google.api.http rule or one of the rule's
// additional_bindings, as the HTTP method ("GET", or a custom rule's kind) and path that
// JSON transcoding in the owning service answers.
internal sealed record HttpBinding(MethodDescriptor Method, HttpRule Rule, string HttpMethod, PathTemplate Path)
{
    public static IEnumerable<HttpBinding> Of(IEnumerable<ServiceDescriptor> services) =>
        services.SelectMany(service => service.Methods).SelectMany(Of);

    public static IEnumerable<HttpBinding> Of(MethodDescriptor method)
    {
        var rule = method.GetOptions()?.GetExtension(AnnotationsExtensions.Http);
        if (rule is null)
        {
            yield break;
        }
        foreach (var binding in new[] { rule }.Concat(rule.AdditionalBindings))
        {
            if (MethodAndTemplate(binding) is var (httpMethod, template) && template.Length > 0)
            {
                yield return new HttpBinding(method, binding, httpMethod, PathTemplate.Parse(template));
            }
        }
    }

    private static (string HttpMethod, string Template) MethodAndTemplate(HttpRule rule) => rule.PatternCase switch
    {
        HttpRule.PatternOneofCase.Get => ("GET", rule.Get),
        HttpRule.PatternOneofCase.Post => ("POST", rule.Post),
        HttpRule.PatternOneofCase.Put => ("PUT", rule.Put),
        HttpRule.PatternOneofCase.Patch => ("PATCH", rule.Patch),
        HttpRule.PatternOneofCase.Delete => ("DELETE", rule.Delete),
        HttpRule.PatternOneofCase.Custom => (rule.Custom.Kind.ToUpperInvariant(), rule.Custom.Path),
        _ => ("", ""),
    };
}
