using Finsam.Budget.Data;
using Finsam.Budget.Data.Configurations;
using Finsam.Budget.Domain;
using Finsam.FunctionalTesting.Data;
using Microsoft.EntityFrameworkCore;

namespace Finsam.Budget.Tests;

// The EF model as the configurations build it is the one the migrations made: no new
// migration is needed (what `dotnet ef migrations has-pending-model-changes` checks).
public sealed class BudgetModelTests
{
    [Fact]
    public void The_model_is_the_one_the_migrations_made()
    {
        using var db = new BudgetDbContext(new DbContextOptionsBuilder<BudgetDbContext>()
            .UseNpgsql("Host=localhost;Database=budgetdb")
            .Options);

        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void Statuses_are_stored_as_they_always_were()
    {
        Assert.Equal(["DRAFT", "PROPOSED", "ADOPTED"], Enum.GetValues<BudgetStatus>().Select(StoredStatus.Of));
        Assert.All(Enum.GetValues<BudgetStatus>(), status => Assert.Equal(status, StoredStatus.Parse(StoredStatus.Of(status))));
    }

    // The service runs on the compiled model in Data/CompiledModel: it must be what the
    // configurations build, or the service would read and write by an older model.
    [Fact]
    public void The_compiled_model_is_the_one_the_configurations_build()
    {
        using var db = new BudgetDbContext(new DbContextOptionsBuilder<BudgetDbContext>()
            .UseNpgsql("Host=localhost;Database=budgetdb")
            .Options);

        CompiledModelAssert.IsUpToDate(db, "Finsam.Budget");
    }
}
