namespace Finsam.Hosting.Orchestration;

// Settings of a run, from the section "AppHost" (or FINSAM_DATA_DIR for the data folder).
public sealed class AppHostOptions
{
    public const string Section = "AppHost";

    // Where the run keeps its database, logs, secrets and process records.
    public string? DataDirectory { get; set; }

    // Tests run systems side by side with the developer's: every port is then a free one.
    public bool RandomizePorts { get; set; }

    // How long a child gets to stop after SIGTERM before it is killed.
    public TimeSpan StopTimeout { get; set; } = TimeSpan.FromSeconds(10);

    // The folder of Debian's PostgreSQL server binaries; found by itself when empty.
    public string? PostgresBinDirectory { get; set; }

    // The environment the projects run in.
    public string Environment { get; set; } = "Development";

    // Where services export telemetry (OTLP/gRPC); none when empty.
    public string? OtlpEndpoint { get; set; }

    public string? OtlpApiKey { get; set; }
}
