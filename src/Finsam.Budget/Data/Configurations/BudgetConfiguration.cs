using Finsam.Budget.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Finsam.Budget.Data.Configurations;

public sealed class BudgetConfiguration : IEntityTypeConfiguration<BudgetEntity>
{
    public void Configure(EntityTypeBuilder<BudgetEntity> entity)
    {
        entity.ToTable("budgets");
        entity.HasKey(b => new { b.FederationId, b.FirstYear });
        entity.Property(b => b.FederationId).HasColumnName("federation_id");
        entity.Property(b => b.FirstYear).HasColumnName("first_year");
        entity.Property(b => b.Status).HasColumnName("status")
            .HasConversion(status => StoredStatus.Of(status), stored => StoredStatus.Parse(stored));
        entity.Property(b => b.Version).HasColumnName("version");
        entity.Property(b => b.DocumentJson).HasColumnName("document").HasColumnType("jsonb");
        entity.Property(b => b.AdoptedInputsJson).HasColumnName("adopted_inputs").HasColumnType("jsonb");
        entity.Property(b => b.RowVersion).IsRowVersion();
    }
}
