using Finsam.ServiceKit.Audit;
using Microsoft.EntityFrameworkCore;

namespace Finsam.Identity.Data;

public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : DbContext(options)
{
    public DbSet<PersonEntity> People => Set<PersonEntity>();

    public DbSet<RoleGrantEntity> RoleGrants => Set<RoleGrantEntity>();

    public DbSet<AuditRecordEntity> AuditRecords => Set<AuditRecordEntity>();

    // OpenIddict's tables, then each entity's own configuration (Data/Configurations).
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // OpenIddict's applications (client apps), authorizations, scopes and tokens.
        modelBuilder.UseOpenIddict();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IdentityDbContext).Assembly);
        modelBuilder.AddAuditTrail();
    }
}
