using Finsam.Contracts.Documents.V1;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Finsam.Documents.Data.Configurations;

internal sealed class DocumentTemplateConfiguration : IEntityTypeConfiguration<DocumentTemplateEntity>
{
    public void Configure(EntityTypeBuilder<DocumentTemplateEntity> entity)
    {
        entity.ToTable("document_templates");
        entity.HasKey(t => new { t.FederationId, t.Kind });
        entity.Property(t => t.FederationId).HasColumnName("federation_id");
        entity.Property(t => t.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(20);
        entity.Property(t => t.DocumentJson).HasColumnName("document").HasColumnType("jsonb");
        entity.Property(t => t.UpdateTime).HasColumnName("update_time");
        entity.Property(t => t.RowVersion).IsRowVersion();
    }
}
