using Finsam.Hosting.ApplicationModel;

namespace Finsam.Hosting.Orchestration;

// The environment Aspire hands a project: connection strings, service discovery,
// listening addresses, telemetry and console settings.
internal static class ProjectEnvironment
{
    public const string DataDirectoryMarker = "FINSAM_APPHOST_DATA_DIR";

    public static Dictionary<string, string> For(
        ProjectInstance instance,
        IReadOnlyDictionary<ProjectResource, IReadOnlyList<ProjectInstance>> allInstances,
        AppHostOptions options,
        string dataDirectory)
    {
        var resource = instance.Resource;
        var env = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["DOTNET_ENVIRONMENT"] = options.Environment,
            ["ASPNETCORE_ENVIRONMENT"] = options.Environment,
            ["LOGGING__CONSOLE__FORMATTERNAME"] = "simple",
            ["DOTNET_SYSTEM_CONSOLE_ALLOW_ANSI_COLOR_REDIRECTION"] = "true",
            ["OTEL_SERVICE_NAME"] = resource.Name,
            ["OTEL_RESOURCE_ATTRIBUTES"] = $"service.instance.id={instance.ServiceInstanceId}",
            [DataDirectoryMarker] = dataDirectory,
        };

        AddListeningAddresses(instance, env);

        foreach (var source in resource.ConnectionStrings)
        {
            env[$"ConnectionStrings__{source.ConnectionStringName}"] = source.GetConnectionString();
        }

        foreach (var service in resource.ServiceReferences)
        {
            foreach (var endpoint in service.Endpoints)
            {
                var replicas = allInstances[service];
                for (var i = 0; i < replicas.Count; i++)
                {
                    env[$"services__{service.Name}__{endpoint.Name}__{i}"] = replicas[i].UrlOf(endpoint);
                }
            }
        }

        // The dashboard receives telemetry; it does not send its own to itself.
        if (!string.IsNullOrWhiteSpace(options.OtlpEndpoint) && !resource.IsDashboard)
        {
            env["OTEL_EXPORTER_OTLP_ENDPOINT"] = options.OtlpEndpoint;
            env["OTEL_EXPORTER_OTLP_PROTOCOL"] = "grpc";
            if (!string.IsNullOrEmpty(options.OtlpApiKey))
            {
                env["OTEL_EXPORTER_OTLP_HEADERS"] = $"x-otlp-api-key={options.OtlpApiKey}";
            }
            if (options.Environment == "Development")
            {
                env["OTEL_BSP_SCHEDULE_DELAY"] = "1000";
                env["OTEL_BLRP_SCHEDULE_DELAY"] = "1000";
                env["OTEL_METRIC_EXPORT_INTERVAL"] = "1000";
                env["OTEL_TRACES_SAMPLER"] = "always_on";
            }
        }

        foreach (var (name, value) in resource.Environment)
        {
            env[name] = value();
        }
        return env;
    }

    // One protocol for every endpoint: ASPNETCORE_URLS. Mixed (the gateway's HTTP/1.1
    // and HTTP/2 ports): a Kestrel endpoint each, since a cleartext port speaks one.
    // Names whose values are secrets though no one marked them: passwords in connection
    // strings, the telemetry key.
    public static bool IsSecret(ProjectResource resource, string name) =>
        resource.SecretEnvironment.Contains(name)
        || name.StartsWith("ConnectionStrings__", StringComparison.Ordinal)
        || name == "OTEL_EXPORTER_OTLP_HEADERS";

    private static void AddListeningAddresses(ProjectInstance instance, Dictionary<string, string> env)
    {
        var endpoints = instance.Resource.Endpoints;
        if (endpoints.Select(e => e.Transport).Distinct().Count() == 1)
        {
            env["ASPNETCORE_URLS"] = string.Join(';', endpoints.Select(instance.UrlOf));
            if (endpoints[0].Transport == EndpointAnnotation.Http2)
            {
                env["Kestrel__EndpointDefaults__Protocols"] = "Http2";
            }
            return;
        }

        foreach (var endpoint in endpoints)
        {
            env[$"Kestrel__Endpoints__{endpoint.Name}__Url"] = instance.UrlOf(endpoint);
            env[$"Kestrel__Endpoints__{endpoint.Name}__Protocols"] = endpoint.Transport == EndpointAnnotation.Http2 ? "Http2" : "Http1";
        }
    }
}
