using Finsam.Contracts.Documents.V1;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Finsam.Documents.Data.Configurations;

// The table refuses updates and deletes (DocumentsSql, applied by the first migration).
internal sealed class DocumentVersionConfiguration : IEntityTypeConfiguration<DocumentVersionEntity>
{
    public void Configure(EntityTypeBuilder<DocumentVersionEntity> entity)
    {
        entity.ToTable("document_versions");
        entity.HasKey(v => new { v.FederationId, v.Kind, v.Year, v.Version });
        entity.Property(v => v.FederationId).HasColumnName("federation_id");
        entity.Property(v => v.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(20);
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
        // One version per request id: a retried publish finds the version it made.
        entity.HasIndex(v => new { v.FederationId, v.Kind, v.Year, v.RequestId }).IsUnique();
        entity.HasMany(v => v.Files).WithOne().HasForeignKey(f => new { f.FederationId, f.Kind, f.Year, f.Version });
    }
}
