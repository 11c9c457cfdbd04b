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

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DocumentTemplateEntity>(entity =>
        {
            entity.ToTable("document_templates");
            entity.HasKey(t => t.FederationId);
            entity.Property(t => t.FederationId).HasColumnName("federation_id");
            entity.Property(t => t.DocumentJson).HasColumnName("document").HasColumnType("jsonb");
            entity.Property(t => t.UpdateTime).HasColumnName("update_time");
            entity.Property(t => t.RowVersion).IsRowVersion();
        });

        modelBuilder.Entity<PlanTextEntity>(entity =>
        {
            entity.ToTable("plan_texts");
            entity.HasKey(t => new { t.FederationId, t.Year });
            entity.Property(t => t.FederationId).HasColumnName("federation_id");
            entity.Property(t => t.Year).HasColumnName("year");
            entity.Property(t => t.DocumentJson).HasColumnName("document").HasColumnType("jsonb");
            entity.Property(t => t.UpdateTime).HasColumnName("update_time");
            entity.Property(t => t.RowVersion).IsRowVersion();
        });

        modelBuilder.Entity<DocumentVersionEntity>(entity =>
        {
            entity.ToTable("document_versions");
            entity.HasKey(v => new { v.FederationId, v.Year, v.Version });
            entity.Property(v => v.FederationId).HasColumnName("federation_id");
            entity.Property(v => v.Year).HasColumnName("year");
            entity.Property(v => v.Version).HasColumnName("version");
            entity.Property(v => v.Budget).HasColumnName("budget");
            entity.Property(v => v.BudgetVersion).HasColumnName("budget_version");
            entity.Property(v => v.AdoptedOn).HasColumnName("adopted_on");
            entity.Property(v => v.ReferenceNumber).HasColumnName("reference_number");
            entity.Property(v => v.InputsJson).HasColumnName("inputs");
            entity.Property(v => v.InputsSha256).HasColumnName("inputs_sha256");
            entity.Property(v => v.PublishedBy).HasColumnName("published_by");
            entity.Property(v => v.PublishTime).HasColumnName("publish_time");
            entity.Property(v => v.RequestId).HasColumnName("request_id");
            entity.HasIndex(v => new { v.FederationId, v.Year, v.RequestId }).IsUnique();
            entity.HasMany(v => v.Files).WithOne().HasForeignKey(f => new { f.FederationId, f.Year, f.Version });
        });

        modelBuilder.Entity<DocumentFileEntity>(entity =>
        {
            entity.ToTable("document_files");
            entity.HasKey(f => new { f.FederationId, f.Year, f.Version, f.Format });
            entity.Property(f => f.FederationId).HasColumnName("federation_id");
            entity.Property(f => f.Year).HasColumnName("year");
            entity.Property(f => f.Version).HasColumnName("version");
            entity.Property(f => f.Format).HasColumnName("format");
            entity.Property(f => f.FileName).HasColumnName("file_name");
            entity.Property(f => f.ContentType).HasColumnName("content_type");
            entity.Property(f => f.Sha256).HasColumnName("sha256");
            entity.Property(f => f.Content).HasColumnName("content");
        });

        modelBuilder.AddAuditTrail();
    }
}
