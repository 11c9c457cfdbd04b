using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Finsam.Grants.Data;

// For `dotnet ef` (migrations add, dbcontext optimize) only: it needs a model, not a database.
internal sealed class DesignTimeGrantsDbContextFactory : IDesignTimeDbContextFactory<GrantsDbContext>
{
    public GrantsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<GrantsDbContext>()
            .UseNpgsql("Host=localhost;Database=grantsdb")
            .Options);
}
