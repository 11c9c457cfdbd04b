using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Finsam.ServiceKit.DataProtection;

// The table of an app's Data Protection keys (SealedDataProtection), one row per key.
public sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> entity)
    {
        entity.ToTable("data_protection_keys");
        entity.HasKey(k => k.Id);
        entity.Property(k => k.Id).HasColumnName("id");
        entity.Property(k => k.FriendlyName).HasColumnName("friendly_name");
        entity.Property(k => k.Xml).HasColumnName("xml");
    }
}
