namespace Finsam.Hosting.Orchestration;

// The folder a run keeps: postgres/ (the server's files), secrets/ (generated once,
// readable by the owner only), logs/ (every process's console), run/ (pid records).
internal sealed class DataDirectory : IDisposable
{
    public const string EnvironmentVariable = "FINSAM_DATA_DIR";

    private FileStream? _lock;

    public DataDirectory(string root)
    {
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    public string Postgres => Path.Combine(Root, "postgres");

    public string Secrets => Path.Combine(Root, "secrets");

    public string Logs => Path.Combine(Root, "logs");

    public string Run => Path.Combine(Root, "run");

    public static string Resolve(AppHostOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            return options.DataDirectory;
        }
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment;
        }
        // Root's home is closed to the postgres user, so root keeps its data under /var/lib.
        if (Environment.IsPrivilegedProcess)
        {
            return "/var/lib/finsam";
        }
        var dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(dataHome, "finsam");
    }

    // One AppHost per data folder: a second one would start a second PostgreSQL on it.
    public void CreateAndLock()
    {
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(Logs);
        Directory.CreateDirectory(Run);
        Directory.CreateDirectory(Secrets);
        OwnerOnly(Secrets, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        try
        {
            _lock = new FileStream(Path.Combine(Run, "apphost.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new InvalidOperationException(
                $"Another AppHost is running on {Root}. Stop it first, or set {EnvironmentVariable} to another folder.");
        }
    }

    // A secret made once per data folder and kept there: never in the repository, never logged.
    public string Secret(string name) =>
        Secret(name, () => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)).ToLowerInvariant());

    public string Secret(string name, Func<string> generate)
    {
        var path = Path.Combine(Secrets, name);
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }
        var value = generate();
        File.WriteAllText(path, value);
        OwnerOnly(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return value;
    }

    public static void OwnerOnly(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode);
        }
    }

    public void Dispose() => _lock?.Dispose();
}
