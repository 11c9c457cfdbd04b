// The AppHost runs Debian's PostgreSQL and keeps secrets with Unix modes: Linux only.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
