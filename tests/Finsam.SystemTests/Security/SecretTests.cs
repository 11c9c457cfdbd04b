using Finsam.SystemTests.Infrastructure;

namespace Finsam.SystemTests.Security;

[Collection(SystemCollection.Name)]
public sealed class SecretTests(FinsamSystem system)
{
    [Fact]
    public async Task Secrets_are_generated_per_data_folder_owner_only_and_never_in_any_console_log()
    {
        // Exercise the system first, so that the logs hold more than start-up.
        await system.Funding.ListFederationsAsync(new());

        var secrets = Path.Combine(system.App.DataDirectory, "secrets");
        var files = Directory.GetFiles(secrets);
        Assert.Contains(files, f => f.EndsWith("postgres-password"));
        Assert.Contains(files, f => f.EndsWith("admin-client-secret"));
        Assert.Contains(files, f => f.EndsWith("identity-signing-key"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(secrets));

        var logs = Directory.GetFiles(Path.Combine(system.App.DataDirectory, "logs")).Select(File.ReadAllText).ToList();
        Assert.NotEmpty(logs);
        foreach (var file in files)
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            // The PEM's body lines, or the whole of a one-line secret.
            var telling = File.ReadAllLines(file).Where(line => line.Length >= 24 && !line.StartsWith("-----")).ToList();
            Assert.NotEmpty(telling);
            Assert.DoesNotContain(logs, log => telling.Any(secret => log.Contains(secret, StringComparison.Ordinal)));
        }
    }
}
