using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Finsam.Identity.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<PersonEntity>
{
    public void Configure(EntityTypeBuilder<PersonEntity> entity)
    {
        entity.ToTable("people");
        entity.HasKey(p => p.Username);
        entity.Property(p => p.Username).HasColumnName("username");
        entity.Property(p => p.DisplayName).HasColumnName("display_name");
        entity.Property(p => p.PasswordHash).HasColumnName("password_hash");
        entity.Property(p => p.CreateTime).HasColumnName("create_time");
        entity.Property(p => p.ExternalSubject).HasColumnName("external_subject");
        entity.HasIndex(p => p.ExternalSubject).IsUnique();
    }
}
