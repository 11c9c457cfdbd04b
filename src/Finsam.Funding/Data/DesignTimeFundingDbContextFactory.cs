using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Finsam.Funding.Data;

// For `dotnet ef` (migrations add, dbcontext optimize) only: it needs a model, not a database.
internal sealed class DesignTimeFundingDbContextFactory : IDesignTimeDbContextFactory<FundingDbContext>
{
    public FundingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<FundingDbContext>()
            .UseNpgsql("Host=localhost;Database=fundingdb")
            .Options);
}
