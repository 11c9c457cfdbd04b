using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Finsam.Web.Data;

internal sealed class SignedInSessionConfiguration : IEntityTypeConfiguration<SignedInSessionEntity>
{
    public void Configure(EntityTypeBuilder<SignedInSessionEntity> entity)
    {
        entity.ToTable("signed_in_sessions");
        entity.HasKey(s => s.Id);
        entity.Property(s => s.Id).HasColumnName("id").HasMaxLength(64);
        entity.Property(s => s.Tokens).HasColumnName("tokens");
        entity.Property(s => s.LastUsed).HasColumnName("last_used");
        // Idle sessions are deleted by this, at each sign-in.
        entity.HasIndex(s => s.LastUsed);
    }
}
