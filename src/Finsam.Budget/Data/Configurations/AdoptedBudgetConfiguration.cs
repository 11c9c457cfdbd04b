using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Finsam.Budget.Data.Configurations;

public sealed class AdoptedBudgetConfiguration : IEntityTypeConfiguration<AdoptedBudgetEntity>
{
    public void Configure(EntityTypeBuilder<AdoptedBudgetEntity> entity)
    {
        entity.ToTable("adopted_budgets");
        entity.HasKey(b => new { b.FederationId, b.FirstYear, b.Version });
        entity.Property(b => b.FederationId).HasColumnName("federation_id");
        entity.Property(b => b.FirstYear).HasColumnName("first_year");
        entity.Property(b => b.Version).HasColumnName("version");
        entity.Property(b => b.AdoptedOn).HasColumnName("adopted_on");
        entity.Property(b => b.ReferenceNumber).HasColumnName("reference_number");
        entity.Property(b => b.DocumentJson).HasColumnName("document").HasColumnType("jsonb");
        entity.Property(b => b.InputsJson).HasColumnName("inputs").HasColumnType("jsonb");
        entity.Property(b => b.Report).HasColumnName("report");
        entity.Property(b => b.ReportKey).HasColumnName("report_key");
        entity.Property(b => b.CreateTime).HasColumnName("create_time");
    }
}
