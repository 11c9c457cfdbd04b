using Aspire.Npgsql.EntityFrameworkCore.PostgreSQL;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Finsam.ServiceKit.Tests;

// A service's connection pool is held under PostgreSQL's own limit, so that load makes
// requests wait for a connection instead of the server refusing one, and its connections keep
// their frequent statements prepared and are not reset each time they are taken from the pool;
// an operator's own settings are kept.
public sealed class ServiceDatabaseSettingsTests
{
    [Fact]
    public void A_connection_string_without_a_pool_size_gets_the_services_cap()
    {
        var settings = new NpgsqlEntityFrameworkCorePostgreSQLSettings { ConnectionString = "Host=localhost;Port=5432;Database=fundingdb;Username=funding;Password=x" };

        ServiceDatabaseSettings.Apply(settings);

        var applied = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        Assert.Equal(ServiceDatabaseSettings.MaxPoolSize, applied.MaxPoolSize);
        Assert.Equal(ServiceDatabaseSettings.MaxAutoPrepare, applied.MaxAutoPrepare);
        Assert.True(applied.NoResetOnClose);
        Assert.Equal(("localhost", "fundingdb", "funding", "x"), (applied.Host, applied.Database, applied.Username, applied.Password));
        Assert.True(settings.DisableRetry);
    }

    [Fact]
    public void A_pool_size_the_operator_gave_is_kept()
    {
        var settings = new NpgsqlEntityFrameworkCorePostgreSQLSettings { ConnectionString = "Host=db;Database=fundingdb;Maximum Pool Size=50" };

        ServiceDatabaseSettings.Apply(settings);

        Assert.Equal(50, new NpgsqlConnectionStringBuilder(settings.ConnectionString).MaxPoolSize);
    }

    [Fact]
    public void Statement_preparation_the_operator_set_is_kept()
    {
        var settings = new NpgsqlEntityFrameworkCorePostgreSQLSettings { ConnectionString = "Host=db;Database=fundingdb;Max Auto Prepare=5" };

        ServiceDatabaseSettings.Apply(settings);

        Assert.Equal(5, new NpgsqlConnectionStringBuilder(settings.ConnectionString).MaxAutoPrepare);
    }

    [Theory]
    [InlineData("No Reset On Close=false")]
    [InlineData("NoResetOnClose=False")]
    public void A_reset_of_pooled_connections_the_operator_asked_for_is_kept(string setting)
    {
        var settings = new NpgsqlEntityFrameworkCorePostgreSQLSettings { ConnectionString = $"Host=db;Database=fundingdb;{setting}" };

        ServiceDatabaseSettings.Apply(settings);

        Assert.False(new NpgsqlConnectionStringBuilder(settings.ConnectionString).NoResetOnClose);
    }
}
