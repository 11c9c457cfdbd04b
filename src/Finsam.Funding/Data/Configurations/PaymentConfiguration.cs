using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Finsam.Funding.Data.Configurations;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<PaymentEntity>
{
    public void Configure(EntityTypeBuilder<PaymentEntity> entity)
    {
        entity.ToTable("payments");
        entity.HasKey(p => new { p.FederationId, p.Id });
        entity.Property(p => p.FederationId).HasColumnName("federation_id");
        entity.Property(p => p.InvoiceId).HasColumnName("invoice_id");
        entity.Property(p => p.Id).HasColumnName("id");
        entity.Property(p => p.AmountOre).HasColumnName("amount_ore");
        entity.Property(p => p.PaidOn).HasColumnName("paid_on");
        entity.Property(p => p.Reference).HasColumnName("reference");
        entity.Property(p => p.RequestId).HasColumnName("request_id");
        entity.HasIndex(p => new { p.FederationId, p.RequestId }).IsUnique();
        entity.Property(p => p.CreateTime).HasColumnName("create_time");
    }
}
