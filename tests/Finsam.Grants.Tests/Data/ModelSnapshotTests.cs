using Finsam.FunctionalTesting.Data;
using Finsam.Grants.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Finsam.Grants.Tests.Data;

// What `dotnet ef migrations has-pending-model-changes` asks: does the model that the entity
// configurations build differ from the last migration's snapshot? It must not, or the
// database would lag behind the code.
public sealed class ModelSnapshotTests
{
    [Fact]
    public void The_configured_model_is_the_one_the_migrations_made()
    {
        using var db = new DesignTimeGrantsDbContextFactory().CreateDbContext([]);
        var snapshot = db.GetService<IMigrationsAssembly>().ModelSnapshot?.Model;
        Assert.NotNull(snapshot);
        if (snapshot is IMutableModel mutable)
        {
            snapshot = mutable.FinalizeModel();
        }
        snapshot = db.GetService<IModelRuntimeInitializer>().Initialize(snapshot);

        var differences = db.GetService<IMigrationsModelDiffer>().GetDifferences(
            snapshot.GetRelationalModel(),
            db.GetService<IDesignTimeModel>().Model.GetRelationalModel());

        Assert.Empty(differences.Select(d => d.ToString()));
    }

    // The service runs on the compiled model in Data/CompiledModel: it must be what the
    // configurations build, or the service would read and write by an older model.
    [Fact]
    public void The_compiled_model_is_the_one_the_configurations_build()
    {
        using var db = new DesignTimeGrantsDbContextFactory().CreateDbContext([]);

        CompiledModelAssert.IsUpToDate(db, "Finsam.Grants");
    }
}
