using Finsam.Contracts.Documents.V1;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Finsam.Documents.Data.Configurations;

// The table refuses updates and deletes (DocumentsSql, applied by the first migration).
internal sealed class DocumentFileConfiguration : IEntityTypeConfiguration<DocumentFileEntity>
{
    public void Configure(EntityTypeBuilder<DocumentFileEntity> entity)
    {
        entity.ToTable("document_files");
        entity.HasKey(f => new { f.FederationId, f.Kind, f.Year, f.Version, f.Format });
        entity.Property(f => f.FederationId).HasColumnName("federation_id");
        entity.Property(f => f.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(20);
        entity.Property(f => f.Year).HasColumnName("year");
        entity.Property(f => f.Version).HasColumnName("version");
        entity.Property(f => f.Format).HasColumnName("format");
        entity.Property(f => f.FileName).HasColumnName("file_name");
        entity.Property(f => f.ContentType).HasColumnName("content_type");
        entity.Property(f => f.Sha256).HasColumnName("sha256");
        entity.Property(f => f.Content).HasColumnName("content");
    }
}
