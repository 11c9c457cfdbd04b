using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;

namespace Finsam.Hosting.DataFolder;

// The folder a system keeps between runs: postgres/ (the server's files) and secrets/
// (generated once, readable by the owner only). One AppHost at a time per folder.
public sealed class FinsamDataFolder : IDisposable
{
    public const string Setting = "FINSAM_DATA_DIR";

    private readonly FileStream _lock;

    private FinsamDataFolder(string root, FileStream folderLock)
    {
        Root = root;
        _lock = folderLock;
    }

    public string Root { get; }

    public string Postgres => Path.Combine(Root, "postgres");

    public string Secrets => Path.Combine(Root, "secrets");

    // FINSAM_DATA_DIR (environment or --FINSAM_DATA_DIR=), else the user's data folder.
    public static string Resolve(IConfiguration configuration)
    {
        if (configuration[Setting] is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
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

    public static FinsamDataFolder Open(string root)
    {
        Directory.CreateDirectory(root);
        var secrets = Directory.CreateDirectory(Path.Combine(root, "secrets"));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(secrets.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        try
        {
            var folderLock = new FileStream(Path.Combine(root, "apphost.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return new FinsamDataFolder(root, folderLock);
        }
        catch (IOException)
        {
            throw new DataFolderInUseException(
                $"Another AppHost is running on {root}. Stop it first, or set {Setting} to another folder.");
        }
    }

    // A secret made on first use and kept in secrets/{name} (0600): never in the repository,
    // the same on every start, so data encrypted or signed with it stays readable.
    public string Secret(string name, SecretKind kind)
    {
        var path = Path.Combine(Secrets, name);
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }
        var value = Generate(kind);
        // Created owner-only before the secret is written into it.
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using (var file = new FileStream(path, options))
        using (var writer = new StreamWriter(file))
        {
            writer.Write(value);
        }
        return value;
    }

    private static string Generate(SecretKind kind) => kind switch
    {
        SecretKind.Password => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)),
        SecretKind.Key256 => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
        SecretKind.RsaPrivateKey => RSA.Create(2048).ExportPkcs8PrivateKeyPem(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public void Dispose() => _lock.Dispose();
}
