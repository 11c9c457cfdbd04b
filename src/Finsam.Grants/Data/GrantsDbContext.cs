using Finsam.ServiceKit.Audit;
using Microsoft.EntityFrameworkCore;

namespace Finsam.Grants.Data;

// Grants' own database: each entity's mapping is in Configurations/, one class per entity.
public sealed class GrantsDbContext(DbContextOptions<GrantsDbContext> options) : DbContext(options)
{
    public DbSet<EffortEntity> Efforts => Set<EffortEntity>();

    public DbSet<DecisionEntity> Decisions => Set<DecisionEntity>();

    public DbSet<ReservationEntity> Reservations => Set<ReservationEntity>();

    public DbSet<FollowUpEntity> FollowUps => Set<FollowUpEntity>();

    // The audit trail's table is ServiceKit's (AuditTrailModel), read and written through it.
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GrantsDbContext).Assembly);
        modelBuilder.AddAuditTrail();
    }
}
