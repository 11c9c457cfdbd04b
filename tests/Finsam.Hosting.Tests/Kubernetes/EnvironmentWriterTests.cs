using Finsam.Hosting.Kubernetes.Manifests;
using Finsam.Hosting.Kubernetes.Model;
using static Finsam.Hosting.Tests.Kubernetes.Workloads;

namespace Finsam.Hosting.Tests.Kubernetes;

public sealed class EnvironmentWriterTests
{
    [Fact]
    public void A_secret_is_a_reference_to_the_operators_secret_and_never_a_value()
    {
        var env = EnvironmentWriter.Write([Variable("ConnectionStrings__fundingdb", new SecretValue("fundingdb", "connectionString"))], "settings");

        var variable = Assert.Single(env);
        Assert.Null(variable.Value);
        Assert.Equal("fundingdb", variable.ValueFrom.SecretKeyRef.Name);
        Assert.Equal("connectionString", variable.ValueFrom.SecretKeyRef.Key);
    }

    [Fact]
    public void A_setting_is_read_from_the_settings_map()
    {
        var env = EnvironmentWriter.Write([Variable("OTEL_EXPORTER_OTLP_ENDPOINT", new SettingValue("otlp-endpoint", "http://collector:4317"))], "finsam-settings");

        Assert.Equal("finsam-settings", env[0].ValueFrom.ConfigMapKeyRef.Name);
        Assert.Equal("otlp-endpoint", env[0].ValueFrom.ConfigMapKeyRef.Key);
    }

    // Kubernetes expands $(NAME) from variables defined earlier in the same container.
    [Fact]
    public void Text_around_a_secret_reads_the_secret_into_a_variable_defined_before_it()
    {
        var env = EnvironmentWriter.Write(
            [Variable("Url", new ComposedValue([new LiteralValue("https://user:"), new SecretValue("password", "value"), new LiteralValue("@host/$(HOME)")]))],
            "settings");

        Assert.Equal(["Url__PART1", "Url"], env.Select(v => v.Name));
        Assert.Equal("password", env[0].ValueFrom.SecretKeyRef.Name);
        Assert.Equal("https://user:$(Url__PART1)@host/$$(HOME)", env[1].Value);
    }

    [Fact]
    public void A_literal_that_looks_like_a_reference_stays_text()
    {
        var env = EnvironmentWriter.Write([Variable("Greeting", new LiteralValue("cost $(5) and $$"))], "settings");

        Assert.Equal("cost $$(5) and $$", env[0].Value);
    }
}
