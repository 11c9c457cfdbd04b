using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Finsam.Identity.Data.Configurations;

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
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
