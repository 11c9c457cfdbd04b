using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Finsam.Web.Data;

// For `dotnet ef` (migrations add, dbcontext optimize) only: it needs a model, not a database.
internal sealed class DesignTimeWebDbContextFactory : IDesignTimeDbContextFactory<WebDbContext>
{
    public WebDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<WebDbContext>()
            .UseNpgsql("Host=localhost;Database=webdb")
            .Options);
}
