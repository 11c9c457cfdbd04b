using Finsam.ServiceKit.Audit;
using Microsoft.EntityFrameworkCore;

namespace Finsam.Budget.Data;

public sealed class BudgetDbContext(DbContextOptions<BudgetDbContext> options) : DbContext(options)
{
    public DbSet<BudgetEntity> Budgets => Set<BudgetEntity>();

    public DbSet<AdoptedBudgetEntity> AdoptedBudgets => Set<AdoptedBudgetEntity>();

    public DbSet<FinancialGoalsEntity> FinancialGoals => Set<FinancialGoalsEntity>();

    public DbSet<YearActualsEntity> YearActuals => Set<YearActualsEntity>();

    public DbSet<ActualsMappingEntity> ActualsMappings => Set<ActualsMappingEntity>();

    public DbSet<SavedForecastEntity> SavedForecasts => Set<SavedForecastEntity>();

    public DbSet<AuditRecordEntity> AuditRecords => Set<AuditRecordEntity>();

    // One IEntityTypeConfiguration per entity, in Configurations/.
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BudgetDbContext).Assembly);
        modelBuilder.AddAuditTrail();
    }
}
