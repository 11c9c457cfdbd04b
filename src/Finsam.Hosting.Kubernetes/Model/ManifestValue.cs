namespace Finsam.Hosting.Kubernetes.Model;

// What an environment variable of a workload holds in the cluster. Secrets and settings are
// references to objects the operator owns: a value never enters a manifest.
public abstract record ManifestValue;

public sealed record LiteralValue(string Text) : ManifestValue;

// A key of a Secret the operator creates.
public sealed record SecretValue(string Secret, string Key) : ManifestValue;

// A key of the settings ConfigMap the manifests carry, with its default.
public sealed record SettingValue(string Key, string Default) : ManifestValue;

// Values one after another, as Aspire's ReferenceExpression puts text around secrets and
// settings; no part is itself composed.
public sealed record ComposedValue(IReadOnlyList<ManifestValue> Parts) : ManifestValue;
