using Finsam.Hosting.PostgreSQL;

namespace Finsam.Hosting.Tests;

public sealed class PostgresBinariesTests
{
    [Fact]
    public void A_folder_without_the_server_is_refused_with_the_command_that_installs_it()
    {
        var refused = Assert.Throws<PostgresNotInstalledException>(() => PostgresBinaries.Find("/nonexistent/bin"));

        Assert.Contains(PostgresBinaries.InstallCommand, refused.Message);
        Assert.Contains("ConnectionStrings__postgres", refused.Message);
    }

    [Fact]
    public void Debians_server_is_found_under_usr_lib_postgresql()
    {
        var bin = PostgresBinaries.Find(null);

        Assert.StartsWith("/usr/lib/postgresql/", bin);
        Assert.True(File.Exists(Path.Combine(bin, "postgres")));
    }
}
