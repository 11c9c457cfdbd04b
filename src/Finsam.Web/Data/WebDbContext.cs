using Finsam.ServiceKit.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Finsam.Web.Data;

// The web app's own database: what every replica must share to serve one person's requests
// wherever they land. No Finsam data lives here; that is the services'.
public sealed class WebDbContext(DbContextOptions<WebDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    // The signed-in people's sessions (SignIn.SignedInSessions).
    public DbSet<SignedInSessionEntity> SignedInSessions => Set<SignedInSessionEntity>();

    // The keys of the cookies, forms and sign-in state (ASP.NET Core Data Protection), sealed.
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WebDbContext).Assembly);
        modelBuilder.ApplyConfiguration(new DataProtectionKeyConfiguration());
    }
}
