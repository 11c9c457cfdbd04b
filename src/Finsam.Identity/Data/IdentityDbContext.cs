using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Finsam.Identity.Data;

public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<PersonEntity> People => Set<PersonEntity>();

    public DbSet<RoleGrantEntity> RoleGrants => Set<RoleGrantEntity>();

    public DbSet<AuditRecordEntity> AuditRecords => Set<AuditRecordEntity>();

    // Runs of wrong passwords per username and per address (SignIn.SignInThrottle).
    public DbSet<SignInFailureEntity> SignInFailures => Set<SignInFailureEntity>();

    // The sign-in session's and forms' keys (ASP.NET Core Data Protection), one row per key.
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    // OpenIddict's tables, then each entity's own configuration (Data/Configurations).
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // OpenIddict's applications (client apps), authorizations, scopes and tokens.
        modelBuilder.UseOpenIddict();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IdentityDbContext).Assembly);
        modelBuilder.ApplyConfiguration(new DataProtectionKeyConfiguration());
        modelBuilder.AddAuditTrail();
    }
}
