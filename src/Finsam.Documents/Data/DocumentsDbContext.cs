using Finsam.ServiceKit.Audit;
using Microsoft.EntityFrameworkCore;

namespace Finsam.Documents.Data;

public sealed class DocumentsDbContext(DbContextOptions<DocumentsDbContext> options) : DbContext(options)
{
    public DbSet<DocumentTemplateEntity> Templates => Set<DocumentTemplateEntity>();

    public DbSet<PlanTextEntity> PlanTexts => Set<PlanTextEntity>();

    public DbSet<DocumentVersionEntity> Versions => Set<DocumentVersionEntity>();

    public DbSet<DocumentFileEntity> Files => Set<DocumentFileEntity>();

    public DbSet<AuditRecordEntity> AuditRecords => Set<AuditRecordEntity>();

    // Each entity's table in its own configuration (Data/Configurations).
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DocumentsDbContext).Assembly);
        modelBuilder.AddAuditTrail();
    }
}
