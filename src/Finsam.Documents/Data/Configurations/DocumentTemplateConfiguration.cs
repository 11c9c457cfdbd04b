using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Finsam.Documents.Data.Configurations;

internal sealed class DocumentTemplateConfiguration : IEntityTypeConfiguration<DocumentTemplateEntity>
{
    public void Configure(EntityTypeBuilder<DocumentTemplateEntity> entity)
    {
        entity.ToTable("document_templates");
        entity.HasKey(t => t.FederationId);
        entity.Property(t => t.FederationId).HasColumnName("federation_id");
        entity.Property(t => t.DocumentJson).HasColumnName("document").HasColumnType("jsonb");
        entity.Property(t => t.UpdateTime).HasColumnName("update_time");
        entity.Property(t => t.RowVersion).IsRowVersion();
    }
}
