using Finsam.ServiceKit.Audit;
using Microsoft.EntityFrameworkCore;

namespace Finsam.Identity.Data;

public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : DbContext(options)
{
    public DbSet<PersonEntity> People => Set<PersonEntity>();

    public DbSet<RoleGrantEntity> RoleGrants => Set<RoleGrantEntity>();

    public DbSet<AuditRecordEntity> AuditRecords => Set<AuditRecordEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // OpenIddict's applications (client apps), authorizations, scopes and tokens.
        modelBuilder.UseOpenIddict();

        modelBuilder.Entity<PersonEntity>(entity =>
        {
            entity.ToTable("people");
            entity.HasKey(p => p.Username);
            entity.Property(p => p.Username).HasColumnName("username");
            entity.Property(p => p.DisplayName).HasColumnName("display_name");
            entity.Property(p => p.PasswordHash).HasColumnName("password_hash");
            entity.Property(p => p.CreateTime).HasColumnName("create_time");
        });

        modelBuilder.Entity<RoleGrantEntity>(entity =>
        {
            entity.ToTable("role_grants");
            entity.HasKey(g => new { g.Principal, g.Role, g.Federation });
            entity.Property(g => g.Principal).HasColumnName("principal");
            entity.Property(g => g.Role).HasColumnName("role");
            entity.Property(g => g.Federation).HasColumnName("federation");
        });

        modelBuilder.AddAuditTrail();
    }
}
