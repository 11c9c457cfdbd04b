// Collections that start a system run one after another: two systems at once on two
// cores would only slow both down.
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.None)]

// The system runs Debian's PostgreSQL and signals its processes: Linux only.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
