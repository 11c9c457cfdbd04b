namespace Finsam.Hosting.Kubernetes.Model;

// The key a Secret holds its one value under.
public static class SecretKeys
{
    // A secret parameter's Secret (a generated password or key).
    public const string Value = "value";

    // A database's Secret: the full connection string of the service's own role.
    public const string ConnectionString = "connectionString";
}
