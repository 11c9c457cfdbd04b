using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Finsam.Budget.Data.Configurations;

public sealed class ActualsMappingConfiguration : IEntityTypeConfiguration<ActualsMappingEntity>
{
    public void Configure(EntityTypeBuilder<ActualsMappingEntity> entity)
    {
        entity.ToTable("actuals_mappings");
        entity.HasKey(m => m.FederationId);
        entity.Property(m => m.FederationId).HasColumnName("federation_id");
        entity.Property(m => m.DocumentJson).HasColumnName("document").HasColumnType("jsonb");
    }
}
