using Finsam.Hosting.DataFolder;
using Microsoft.Extensions.Configuration;

namespace Finsam.Hosting.Tests;

public sealed class DataFolderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"finsam-data-{Guid.NewGuid():N}");

    [Fact]
    public void A_secret_is_made_once_kept_owner_only_and_the_same_on_the_next_start()
    {
        string first;
        using (var data = FinsamDataFolder.Open(_root))
        {
            first = data.Secret("admin-client-secret", SecretKind.Password);
        }
        using var again = FinsamDataFolder.Open(_root);

        Assert.Equal(first, again.Secret("admin-client-secret", SecretKind.Password));
        Assert.Equal(48, first.Length);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_root, "secrets", "admin-client-secret")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.Combine(_root, "secrets")));
    }

    [Fact]
    public void Each_kind_of_secret_has_its_shape_and_two_secrets_differ()
    {
        using var data = FinsamDataFolder.Open(_root);

        var key = data.Secret("identity-encryption-key", SecretKind.Key256);
        var signing = data.Secret("identity-signing-key", SecretKind.RsaPrivateKey);

        Assert.Equal(32, Convert.FromHexString(key).Length);
        using var rsa = System.Security.Cryptography.RSA.Create();
        rsa.ImportFromPem(signing);
        Assert.Equal(2048, rsa.KeySize);
        Assert.NotEqual(data.Secret("a", SecretKind.Password), data.Secret("b", SecretKind.Password));
    }

    [Fact]
    public void A_second_apphost_on_the_same_folder_is_refused_with_what_to_do()
    {
        using var first = FinsamDataFolder.Open(_root);

        var refused = Assert.Throws<DataFolderInUseException>(() => FinsamDataFolder.Open(_root));

        Assert.Contains(FinsamDataFolder.Setting, refused.Message);
    }

    [Fact]
    public void The_folder_is_FINSAM_DATA_DIR_when_set()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(FinsamDataFolder.Setting, _root)]).Build();

        Assert.Equal(_root, FinsamDataFolder.Resolve(configuration));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
