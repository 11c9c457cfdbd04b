using Finsam.FunctionalTesting.Data;
using Finsam.Funding.Data;
using Microsoft.EntityFrameworkCore;

namespace Finsam.Funding.Tests.Data;

public sealed class FundingModelTests
{
    // What `dotnet ef migrations has-pending-model-changes` checks: the model the
    // configurations build is the one the last migration's snapshot recorded.
    [Fact]
    public void The_configured_model_needs_no_new_migration()
    {
        using var db = new DesignTimeFundingDbContextFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges());
    }

    // The service runs on the compiled model in Data/CompiledModel: it must be what the
    // configurations build, or the service would read and write by an older model.
    [Fact]
    public void The_compiled_model_is_the_one_the_configurations_build()
    {
        using var db = new DesignTimeFundingDbContextFactory().CreateDbContext([]);

        CompiledModelAssert.IsUpToDate(db, "Finsam.Funding");
    }
}
