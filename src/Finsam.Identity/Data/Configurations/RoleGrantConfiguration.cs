using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Finsam.Identity.Data.Configurations;

internal sealed class RoleGrantConfiguration : IEntityTypeConfiguration<RoleGrantEntity>
{
    public void Configure(EntityTypeBuilder<RoleGrantEntity> entity)
    {
        entity.ToTable("role_grants");
        entity.HasKey(g => new { g.Principal, g.Role, g.Federation });
        entity.Property(g => g.Principal).HasColumnName("principal");
        entity.Property(g => g.Role).HasColumnName("role");
        entity.Property(g => g.Federation).HasColumnName("federation");
    }
}
