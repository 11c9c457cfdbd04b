using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Finsam.Funding.Data.Configurations;

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<InvoiceEntity>
{
    public void Configure(EntityTypeBuilder<InvoiceEntity> entity)
    {
        entity.ToTable("invoices");
        entity.HasKey(i => new { i.FederationId, i.Id });
        entity.Property(i => i.FederationId).HasColumnName("federation_id");
        entity.Property(i => i.Id).HasColumnName("id");
        entity.Property(i => i.Year).HasColumnName("year");
        entity.Property(i => i.MemberId).HasColumnName("member_id");
        entity.Property(i => i.Instalment).HasColumnName("instalment");
        entity.Property(i => i.DueOn).HasColumnName("due_on");
        entity.Property(i => i.AmountOre).HasColumnName("amount_ore");
        entity.Property(i => i.CreateTime).HasColumnName("create_time");
        entity.HasMany(i => i.Payments).WithOne().HasForeignKey(p => new { p.FederationId, p.InvoiceId });
        entity.HasOne<FederationEntity>().WithMany().HasForeignKey(i => i.FederationId).OnDelete(DeleteBehavior.Restrict);
    }
}
