using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Finsam.Grants.Data.Configurations;

internal sealed class ReservationConfiguration : IEntityTypeConfiguration<ReservationEntity>
{
    public void Configure(EntityTypeBuilder<ReservationEntity> entity)
    {
        entity.ToTable("reservations");
        entity.HasKey(r => new { r.FederationId, r.Year });
        entity.Property(r => r.FederationId).HasColumnName("federation_id");
        entity.Property(r => r.Year).HasColumnName("year");
        entity.Property(r => r.AmountOre).HasColumnName("amount_ore");
        entity.Property(r => r.Label).HasColumnName("label");
    }
}
