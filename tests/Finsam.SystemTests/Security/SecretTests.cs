using Finsam.SystemTests.Infrastructure;

namespace Finsam.SystemTests.Security;

[Collection(SystemCollection.Name)]
public sealed class SecretTests(FinsamSystem system)
{
    private static readonly string[] Resources = ["postgres", "identity", "funding", "grants", "budget", "documents", "gateway", "web"];

    [Fact]
    public async Task Secrets_are_generated_per_data_folder_owner_only_and_never_in_any_console_log()
    {
        // Exercise the system first, so that the consoles hold more than start-up.
        await system.Funding.ListFederationsAsync(new());

        var secrets = Path.Combine(system.App.DataDirectory, "secrets");
        var files = Directory.GetFiles(secrets);
        Assert.Contains(files, f => f.EndsWith("postgres-password"));
        Assert.Contains(files, f => f.EndsWith("fundingdb-password"));
        Assert.Contains(files, f => f.EndsWith("admin-client-secret"));
        Assert.Contains(files, f => f.EndsWith("identity-signing-key"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(secrets));

        var consoles = new List<string>();
        foreach (var resource in Resources)
        {
            consoles.Add(await system.App.ConsoleAsync(resource));
        }
        Assert.All(consoles, console => Assert.NotEmpty(console));
        foreach (var file in files)
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            // The PEM's body lines, or the whole of a one-line secret.
            var telling = File.ReadAllLines(file).Where(line => line.Length >= 24 && !line.StartsWith("-----")).ToList();
            Assert.NotEmpty(telling);
            Assert.DoesNotContain(consoles, console => telling.Any(secret => console.Contains(secret, StringComparison.Ordinal)));
        }
    }
}
