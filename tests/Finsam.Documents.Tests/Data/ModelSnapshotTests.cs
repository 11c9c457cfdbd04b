using Finsam.Documents.Data;
using Finsam.FunctionalTesting.Data;
using Microsoft.EntityFrameworkCore;

namespace Finsam.Documents.Tests.Data;

// The model as configured must be the one the migrations were made from: a difference
// would need a migration (what `dotnet ef migrations has-pending-model-changes` checks).
public sealed class ModelSnapshotTests
{
    [Fact]
    public void The_model_needs_no_new_migration()
    {
        using var db = new DocumentsDbContext(new DbContextOptionsBuilder<DocumentsDbContext>()
            .UseNpgsql("Host=localhost;Database=documentsdb")
            .Options);

        Assert.False(db.Database.HasPendingModelChanges());
    }

    // The service runs on the compiled model in Data/CompiledModel: it must be what the
    // configurations build, or the service would read and write by an older model.
    [Fact]
    public void The_compiled_model_is_the_one_the_configurations_build()
    {
        using var db = new DocumentsDbContext(new DbContextOptionsBuilder<DocumentsDbContext>()
            .UseNpgsql("Host=localhost;Database=documentsdb")
            .Options);

        CompiledModelAssert.IsUpToDate(db, "Finsam.Documents");
    }
}
