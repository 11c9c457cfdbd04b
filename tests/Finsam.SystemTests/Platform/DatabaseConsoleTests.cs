using Aspire.Hosting.Testing;
using Aspire.Hosting.ApplicationModel;
using Finsam.SystemTests.Infrastructure;
using Npgsql;

namespace Finsam.SystemTests.Platform;

// PostgreSQL writes all it says to stderr; the operators read its console in the dashboard,
// where stderr is an error. Only what the server itself calls an error may look like one.
[Collection(SystemCollection.Name)]
public sealed class DatabaseConsoleTests(FinsamSystem system)
{
    [Fact]
    public async Task The_database_console_marks_as_errors_what_postgresql_reports_as_errors_and_nothing_else()
    {
        var refusedClient = new NpgsqlConnectionStringBuilder(await system.App.App.GetConnectionStringAsync("fundingdb"))
        {
            Password = "not-the-password",
            Pooling = false,
        };
        await using (var connection = new NpgsqlConnection(refusedClient.ConnectionString))
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(() => connection.OpenAsync());
            Assert.Equal(PostgresErrorCodes.InvalidPassword, refused.SqlState);
        }

        var console = await ConsoleWithAsync($"password authentication failed for user \"{refusedClient.Username}\"");

        // The refusal and the detail the server adds to it are errors.
        var refusal = console.FindIndex(line => line.Content.Contains("FATAL:  password authentication failed", StringComparison.Ordinal));
        Assert.True(refusal >= 0 && refusal + 1 < console.Count, "The refusal is not in the database's console.");
        Assert.True(console[refusal].IsErrorMessage);
        Assert.Contains("DETAIL:  ", console[refusal + 1].Content, StringComparison.Ordinal);
        Assert.True(console[refusal + 1].IsErrorMessage);

        // The server's news is not.
        var ready = console.FindAll(line => line.Content.Contains("database system is ready to accept connections", StringComparison.Ordinal));
        Assert.NotEmpty(ready);
        Assert.All(ready, line => Assert.False(line.IsErrorMessage));
        Assert.Contains(console, line => line.Content.Contains(" LOG:  ", StringComparison.Ordinal));
        Assert.DoesNotContain(console, line => line.IsErrorMessage && line.Content.Contains(" LOG:  ", StringComparison.Ordinal));

        // Each service made its tables in a new database at this system's start, without an error.
        Assert.DoesNotContain(console, line => line.IsErrorMessage && line.Content.Contains("__EFMigrationsHistory", StringComparison.Ordinal));
    }

    // The console reaches the AppHost a moment after the server wrote it.
    private async Task<List<LogLine>> ConsoleWithAsync(string text)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var lines = (await system.App.ConsoleLinesAsync("postgres")).ToList();
            if (lines.Exists(line => line.Content.Contains(text, StringComparison.Ordinal)) || DateTime.UtcNow > deadline)
            {
                return lines;
            }
            await Task.Delay(200);
        }
    }
}
