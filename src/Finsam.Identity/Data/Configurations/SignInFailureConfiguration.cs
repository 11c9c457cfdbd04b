using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Finsam.Identity.Data.Configurations;

internal sealed class SignInFailureConfiguration : IEntityTypeConfiguration<SignInFailureEntity>
{
    public void Configure(EntityTypeBuilder<SignInFailureEntity> entity)
    {
        entity.ToTable("sign_in_failures");
        entity.HasKey(f => new { f.Kind, f.Key });
        entity.Property(f => f.Kind).HasColumnName("kind");
        entity.Property(f => f.Key).HasColumnName("key");
        entity.Property(f => f.Count).HasColumnName("count");
        entity.Property(f => f.Since).HasColumnName("since");
        entity.Property(f => f.LockedUntil).HasColumnName("locked_until");
        entity.Property(f => f.Ends).HasColumnName("ends");
        // Runs that are over are deleted by this, at each failure.
        entity.HasIndex(f => f.Ends);
    }
}
