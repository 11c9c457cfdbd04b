using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Finsam.Budget.Data.Configurations;

public sealed class YearActualsConfiguration : IEntityTypeConfiguration<YearActualsEntity>
{
    public void Configure(EntityTypeBuilder<YearActualsEntity> entity)
    {
        entity.ToTable("year_actuals");
        entity.HasKey(a => new { a.FederationId, a.Year });
        entity.Property(a => a.FederationId).HasColumnName("federation_id");
        entity.Property(a => a.Year).HasColumnName("year");
        entity.Property(a => a.DocumentJson).HasColumnName("document").HasColumnType("jsonb");
        entity.Property(a => a.RowVersion).IsRowVersion();
    }
}
