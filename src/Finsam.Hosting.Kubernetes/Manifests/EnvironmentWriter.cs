using System.Text;
using Finsam.Hosting.Kubernetes.Model;
using k8s.Models;

namespace Finsam.Hosting.Kubernetes.Manifests;

// A workload's environment as a container's env: literals as values, secrets and settings as
// references to the operator's objects. A value made of text and a secret (a URL with a
// password, say) reads the secret into a variable of its own first and names it as $(NAME),
// which Kubernetes expands from variables defined before it.
public static class EnvironmentWriter
{
    public static List<V1EnvVar> Write(IEnumerable<KeyValuePair<string, ManifestValue>> environment, string settingsMap)
    {
        var variables = new List<V1EnvVar>();
        foreach (var (name, value) in environment)
        {
            variables.Add(value switch
            {
                ComposedValue composed => Compose(name, composed, settingsMap, variables),
                _ => Variable(name, value, settingsMap),
            });
        }
        return variables;
    }

    private static V1EnvVar Variable(string name, ManifestValue value, string settingsMap) => value switch
    {
        LiteralValue literal => new V1EnvVar { Name = name, Value = Escape(literal.Text) },
        SecretValue secret => new V1EnvVar
        {
            Name = name,
            ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = secret.Secret, Key = secret.Key } },
        },
        SettingValue setting => new V1EnvVar
        {
            Name = name,
            ValueFrom = new V1EnvVarSource { ConfigMapKeyRef = new V1ConfigMapKeySelector { Name = settingsMap, Key = setting.Key } },
        },
        _ => throw new NotSupportedException($"{name}: a composed value inside another has no Kubernetes form here."),
    };

    private static V1EnvVar Compose(string name, ComposedValue composed, string settingsMap, List<V1EnvVar> variables)
    {
        var text = new StringBuilder();
        for (var i = 0; i < composed.Parts.Count; i++)
        {
            if (composed.Parts[i] is LiteralValue literal)
            {
                text.Append(Escape(literal.Text));
                continue;
            }
            var partName = $"{name}__PART{i}";
            variables.Add(Variable(partName, composed.Parts[i], settingsMap));
            text.Append($"$({partName})");
        }
        return new V1EnvVar { Name = name, Value = text.ToString() };
    }

    // Kubernetes expands $(NAME) in every value: a literal "$(" is written "$$(".
    private static string Escape(string text) => text.Replace("$(", "$$(", StringComparison.Ordinal);
}
