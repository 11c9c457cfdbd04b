namespace Finsam.Hosting.PostgreSQL;

// Debian's PostgreSQL server binaries: /usr/lib/postgresql/{version}/bin, newest first.
public static class PostgresBinaries
{
    public const string InstallCommand = "sudo apt-get install -y postgresql";

    public static string Find(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return HasServer(configured)
                ? configured
                : throw Missing($"AppHost__PostgresBinDirectory is {configured}, which holds no initdb and postgres.");
        }

        const string debianRoot = "/usr/lib/postgresql";
        var found = Directory.Exists(debianRoot)
            ? Directory.EnumerateDirectories(debianRoot)
                .Select(dir => (dir, version: int.TryParse(Path.GetFileName(dir), out var v) ? v : 0))
                .OrderByDescending(x => x.version)
                .Select(x => Path.Combine(x.dir, "bin"))
                .FirstOrDefault(HasServer)
            : null;

        return found ?? throw Missing("PostgreSQL's server binaries were not found under /usr/lib/postgresql.");
    }

    private static bool HasServer(string bin) =>
        File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "postgres"));

    private static PostgresNotInstalledException Missing(string what) => new(
        $"{what} Install them with:{Environment.NewLine}    {InstallCommand}{Environment.NewLine}" +
        "or give the AppHost a connection string to an existing server: ConnectionStrings__postgres=\"Host=...;Username=...;Password=...\".");
}

// What a person must do before the AppHost can run PostgreSQL: told plainly, without a trace.
public sealed class PostgresNotInstalledException(string message) : Exception(message);
