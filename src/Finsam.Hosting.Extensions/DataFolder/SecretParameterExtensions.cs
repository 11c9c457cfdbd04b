using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Finsam.Hosting.DataFolder;

public static class SecretParameterExtensions
{
    // A secret parameter whose value is kept in the data folder: masked in the dashboard,
    // handed to resources through their environment.
    public static IResourceBuilder<ParameterResource> AddSecret(
        this IDistributedApplicationBuilder builder, FinsamDataFolder data, string name, SecretKind kind = SecretKind.Password) =>
        builder.AddParameter(name, data.Secret(name, kind), secret: true);
}
