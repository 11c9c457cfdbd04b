using Finsam.Hosting.Orchestration;

namespace Finsam.Hosting.Tests;

public sealed class PostgresBinariesTests
{
    [Fact]
    public void Missing_binaries_are_reported_with_the_command_that_installs_them()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => PostgresBinaries.Find("/nonexistent/postgresql/bin"));

        Assert.Contains("apt-get install -y postgresql", failure.Message);
        Assert.Contains("ConnectionStrings__postgres", failure.Message);
    }
}
