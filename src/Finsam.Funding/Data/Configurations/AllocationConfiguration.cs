using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Finsam.Funding.Data.Configurations;

internal sealed class AllocationConfiguration : IEntityTypeConfiguration<AllocationEntity>
{
    public void Configure(EntityTypeBuilder<AllocationEntity> entity)
    {
        entity.ToTable("allocations");
        entity.HasKey(a => new { a.FederationId, a.Year });
        entity.Property(a => a.FederationId).HasColumnName("federation_id");
        entity.Property(a => a.Year).HasColumnName("year");
        entity.Property(a => a.StateAmountOre).HasColumnName("state_amount_ore");
        entity.Property(a => a.Status).HasColumnName("status").HasConversion<string>();
        entity.Property(a => a.DeclinedOre).HasColumnName("declined_ore");
        entity.Property(a => a.RequestId).HasColumnName("request_id");
        entity.HasIndex(a => new { a.FederationId, a.RequestId }).IsUnique();
        entity.Property(a => a.CreateTime).HasColumnName("create_time");
        entity.Property(a => a.UpdateTime).HasColumnName("update_time");
        entity.Property(a => a.Version).IsRowVersion();
        entity.HasOne<FederationEntity>().WithMany().HasForeignKey(a => a.FederationId).OnDelete(DeleteBehavior.Restrict);
    }
}
