using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Finsam.Budget.Data.Configurations;

public sealed class SavedForecastConfiguration : IEntityTypeConfiguration<SavedForecastEntity>
{
    public void Configure(EntityTypeBuilder<SavedForecastEntity> entity)
    {
        entity.ToTable("saved_forecasts");
        // Two saves at once cannot both take the next number: the later is refused.
        entity.HasKey(f => new { f.FederationId, f.Year, f.Number });
        entity.Property(f => f.FederationId).HasColumnName("federation_id");
        entity.Property(f => f.Year).HasColumnName("year");
        entity.Property(f => f.Number).HasColumnName("number");
        entity.Property(f => f.DocumentJson).HasColumnName("document").HasColumnType("jsonb");
    }
}
