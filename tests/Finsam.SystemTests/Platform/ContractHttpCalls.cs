using System.Text;
using System.Text.RegularExpressions;
using Finsam.Contracts;
using Finsam.Contracts.Common.V1;
using Google.Api;
using Google.Protobuf.Reflection;

namespace Finsam.SystemTests.Platform;

// Every HTTP call the contracts declare (each RPC's google.api.http rule and its
// additional_bindings), as a client makes it: each path variable filled with a placeholder
// ("2022", which reads as a name and as a year alike), a JSON body where the rule takes one.
// Read from the descriptors here, apart from the gateway's own reading of them.
public sealed partial record ContractHttpCall(MethodDescriptor Method, string HttpMethod, string Path, bool HasBody)
{
    public const string Placeholder = "2022";

    public bool IsAnonymous => Method.GetOptions().GetExtension(AccessExtensions.Access).Level == AccessLevel.Anonymous;

    public static IReadOnlyList<ContractHttpCall> All() =>
        ContractServices.All.SelectMany(s => s.Methods).SelectMany(CallsOf).ToList();

    public HttpRequestMessage Request()
    {
        var request = new HttpRequestMessage(new HttpMethod(HttpMethod), Path);
        if (HasBody)
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }
        return request;
    }

    public override string ToString() => $"{HttpMethod} {Path} ({Method.FullName})";

    private static IEnumerable<ContractHttpCall> CallsOf(MethodDescriptor method)
    {
        var options = method.GetOptions();
        if (options?.HasExtension(AnnotationsExtensions.Http) != true)
        {
            yield break;
        }
        var rule = options.GetExtension(AnnotationsExtensions.Http);
        foreach (var binding in new[] { rule }.Concat(rule.AdditionalBindings))
        {
            var (verb, template) = binding.PatternCase switch
            {
                HttpRule.PatternOneofCase.Get => ("GET", binding.Get),
                HttpRule.PatternOneofCase.Post => ("POST", binding.Post),
                HttpRule.PatternOneofCase.Put => ("PUT", binding.Put),
                HttpRule.PatternOneofCase.Patch => ("PATCH", binding.Patch),
                HttpRule.PatternOneofCase.Delete => ("DELETE", binding.Delete),
                HttpRule.PatternOneofCase.Custom => (binding.Custom.Kind.ToUpperInvariant(), binding.Custom.Path),
                _ => ("", ""),
            };
            if (template.Length > 0)
            {
                yield return new ContractHttpCall(method, verb, Filled(template), binding.Body.Length > 0);
            }
        }
    }

    // "/v1/{name=federations/*/budgets/*}:compute" → "/v1/federations/2022/budgets/2022:compute".
    private static string Filled(string template) =>
        Variable().Replace(template, variable =>
        {
            var pattern = variable.Groups["pattern"].Success ? variable.Groups["pattern"].Value : "*";
            return string.Join('/', pattern.Split('/').Select(segment => segment switch
            {
                "*" => Placeholder,
                "**" => $"{Placeholder}/{Placeholder}",
                _ => segment,
            }));
        });

    [GeneratedRegex(@"\{[^}=]+(=(?<pattern>[^}]*))?\}")]
    private static partial Regex Variable();
}
