using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Finsam.Documents.Data;

// For `dotnet ef` (migrations add, dbcontext optimize) only: it needs a model, not a database.
internal sealed class DesignTimeDocumentsDbContextFactory : IDesignTimeDbContextFactory<DocumentsDbContext>
{
    public DocumentsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<DocumentsDbContext>()
            .UseNpgsql("Host=localhost;Database=documentsdb")
            .Options);
}
