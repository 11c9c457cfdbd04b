using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Finsam.Funding.Data.Configurations;

internal sealed class CommitmentConfiguration : IEntityTypeConfiguration<CommitmentEntity>
{
    public void Configure(EntityTypeBuilder<CommitmentEntity> entity)
    {
        entity.ToTable("commitments");
        entity.HasKey(c => new { c.FederationId, c.Year, c.MemberId });
        entity.Property(c => c.FederationId).HasColumnName("federation_id");
        entity.Property(c => c.Year).HasColumnName("year");
        entity.Property(c => c.MemberId).HasColumnName("member_id");
        entity.Property(c => c.CommittedOre).HasColumnName("committed_ore");
        entity.Property(c => c.UpdateTime).HasColumnName("update_time");
        entity.HasOne<AllocationEntity>().WithMany().HasForeignKey(c => new { c.FederationId, c.Year });
    }
}
