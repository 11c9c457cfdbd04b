using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Finsam.Budget.Data.Configurations;

public sealed class FinancialGoalsConfiguration : IEntityTypeConfiguration<FinancialGoalsEntity>
{
    public void Configure(EntityTypeBuilder<FinancialGoalsEntity> entity)
    {
        entity.ToTable("financial_goals");
        entity.HasKey(g => g.FederationId);
        entity.Property(g => g.FederationId).HasColumnName("federation_id");
        entity.Property(g => g.DocumentJson).HasColumnName("document").HasColumnType("jsonb");
    }
}
