using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Finsam.Funding.Data.Configurations;

internal sealed class OtherIncomeConfiguration : IEntityTypeConfiguration<OtherIncomeEntity>
{
    public void Configure(EntityTypeBuilder<OtherIncomeEntity> entity)
    {
        entity.ToTable("other_income");
        entity.HasKey(o => new { o.FederationId, o.Id });
        entity.Property(o => o.FederationId).HasColumnName("federation_id");
        entity.Property(o => o.Id).HasColumnName("id");
        entity.Property(o => o.Year).HasColumnName("year");
        entity.Property(o => o.Kind).HasColumnName("kind").HasConversion<string>();
        entity.Property(o => o.AmountOre).HasColumnName("amount_ore");
        entity.Property(o => o.Note).HasColumnName("note");
        entity.Property(o => o.RequestId).HasColumnName("request_id");
        entity.HasIndex(o => new { o.FederationId, o.RequestId }).IsUnique();
        entity.Property(o => o.CreateTime).HasColumnName("create_time");
        entity.HasOne<FederationEntity>().WithMany().HasForeignKey(o => o.FederationId).OnDelete(DeleteBehavior.Restrict);
    }
}
