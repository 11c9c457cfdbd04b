using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Finsam.Funding.Data.Configurations;

internal sealed class InstalmentPlanConfiguration : IEntityTypeConfiguration<InstalmentPlanEntity>
{
    public void Configure(EntityTypeBuilder<InstalmentPlanEntity> entity)
    {
        entity.ToTable("instalment_plans");
        entity.HasKey(p => new { p.FederationId, p.Year });
        entity.Property(p => p.FederationId).HasColumnName("federation_id");
        entity.Property(p => p.Year).HasColumnName("year");
        entity.Property(p => p.Frequency).HasColumnName("frequency").HasConversion<string>();
        entity.HasOne<FederationEntity>().WithMany().HasForeignKey(p => p.FederationId).OnDelete(DeleteBehavior.Restrict);
    }
}
