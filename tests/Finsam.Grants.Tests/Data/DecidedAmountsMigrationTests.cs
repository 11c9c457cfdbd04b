using Finsam.FunctionalTesting.Postgres;
using Finsam.Grants.Data;
using Finsam.Grants.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Finsam.Grants.Tests.Data;

// A database from before decisions had amounts keeps its figures: each decided year grants what
// the effort's cost lines of that year added up to, which is what counted as granted then.
public sealed class DecidedAmountsMigrationTests(TestPostgres postgres)
{
    private const string BeforeAmounts = "20261123114843_Initial";

    [Fact]
    public async Task Each_year_a_recorded_decision_granted_grants_what_the_efforts_lines_of_that_year_add_up_to()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = new GrantsDbContext(new DbContextOptionsBuilder<GrantsDbContext>().UseNpgsql(await postgres.CreateDatabaseAsync("grantsmigration")).Options);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(BeforeAmounts, ct);
        // Raw SQL is a format string here: its braces are doubled.
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO efforts (federation_id, id, display_name, description, kind, cost_group, owner, target_group, municipality, cost_lines, status, public, create_time, update_time)
            VALUES ('sundsvall', 'utvecklingsledare', 'Utvecklingsledare', '', 'Structural', '', '', '', '', '[{{"year":2022,"description":"Utvecklingsledare","amountOre":74500000}},{{"year":2022,"description":"Resor","amountOre":500000}},{{"year":2023,"description":"Utvecklingsledare","amountOre":66000000}},{{"year":2024,"description":"Utvecklingsledare","amountOre":1}}]', 'Running', false, now(), now());
            INSERT INTO decisions (federation_id, id, decided_on, reference_number, effort_id, granted_years, create_time)
            VALUES ('sundsvall', 'a1', '2021-11-26', 'Dnr 2021/45', 'utvecklingsledare', '{{2023,2022,2025}}', now());
            """, ct);

        await migrator.MigrateAsync(cancellationToken: ct);

        var decision = await db.Decisions.SingleAsync(ct);
        Assert.Equal([new GrantedAmount(2022, 75_000_000), new GrantedAmount(2023, 66_000_000), new GrantedAmount(2025, 0)], decision.Granted);
    }
}
