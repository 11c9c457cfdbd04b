using Finsam.ServiceKit.Audit;
using Microsoft.EntityFrameworkCore;

namespace Finsam.Budget.Data;

public sealed class BudgetDbContext(DbContextOptions<BudgetDbContext> options) : DbContext(options)
{
    public DbSet<BudgetEntity> Budgets => Set<BudgetEntity>();

    public DbSet<AdoptedBudgetEntity> AdoptedBudgets => Set<AdoptedBudgetEntity>();

    public DbSet<FinancialGoalsEntity> FinancialGoals => Set<FinancialGoalsEntity>();

    public DbSet<AuditRecordEntity> AuditRecords => Set<AuditRecordEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<BudgetEntity>(entity =>
        {
            entity.ToTable("budgets");
            entity.HasKey(b => new { b.FederationId, b.FirstYear });
            entity.Property(b => b.FederationId).HasColumnName("federation_id");
            entity.Property(b => b.FirstYear).HasColumnName("first_year");
            entity.Property(b => b.Status).HasColumnName("status");
            entity.Property(b => b.Version).HasColumnName("version");
            entity.Property(b => b.DocumentJson).HasColumnName("document").HasColumnType("jsonb");
            entity.Property(b => b.RowVersion).IsRowVersion();
        });

        modelBuilder.Entity<AdoptedBudgetEntity>(entity =>
        {
            entity.ToTable("adopted_budgets");
            entity.HasKey(b => new { b.FederationId, b.FirstYear, b.Version });
            entity.Property(b => b.FederationId).HasColumnName("federation_id");
            entity.Property(b => b.FirstYear).HasColumnName("first_year");
            entity.Property(b => b.Version).HasColumnName("version");
            entity.Property(b => b.AdoptedOn).HasColumnName("adopted_on");
            entity.Property(b => b.ReferenceNumber).HasColumnName("reference_number");
            entity.Property(b => b.DocumentJson).HasColumnName("document").HasColumnType("jsonb");
            entity.Property(b => b.CreateTime).HasColumnName("create_time");
        });

        modelBuilder.Entity<FinancialGoalsEntity>(entity =>
        {
            entity.ToTable("financial_goals");
            entity.HasKey(g => g.FederationId);
            entity.Property(g => g.FederationId).HasColumnName("federation_id");
            entity.Property(g => g.DocumentJson).HasColumnName("document").HasColumnType("jsonb");
        });

        modelBuilder.AddAuditTrail();
    }
}
