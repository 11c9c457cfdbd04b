using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Finsam.Funding.Data.Configurations;

internal sealed class AnnouncementConfiguration : IEntityTypeConfiguration<AnnouncementEntity>
{
    public void Configure(EntityTypeBuilder<AnnouncementEntity> entity)
    {
        entity.ToTable("announcements");
        entity.HasKey(a => new { a.FederationId, a.Year, a.Sequence });
        entity.Property(a => a.FederationId).HasColumnName("federation_id");
        entity.Property(a => a.Year).HasColumnName("year");
        entity.Property(a => a.Sequence).HasColumnName("sequence");
        entity.Property(a => a.Kind).HasColumnName("kind").HasConversion<string>();
        entity.Property(a => a.StateAmountOre).HasColumnName("state_amount_ore");
        entity.Property(a => a.AnnouncedOn).HasColumnName("announced_on");
        entity.Property(a => a.Source).HasColumnName("source");
        entity.Property(a => a.RequestId).HasColumnName("request_id");
        entity.HasIndex(a => new { a.FederationId, a.RequestId }).IsUnique();
        entity.Property(a => a.CreateTime).HasColumnName("create_time");
        entity.HasOne<AllocationEntity>().WithMany().HasForeignKey(a => new { a.FederationId, a.Year });
    }
}
