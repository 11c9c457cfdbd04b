using Finsam.ServiceKit.Audit;
using Microsoft.EntityFrameworkCore;

namespace Finsam.Funding.Data;

public sealed class FundingDbContext(DbContextOptions<FundingDbContext> options) : DbContext(options)
{
    public DbSet<FederationEntity> Federations => Set<FederationEntity>();

    public DbSet<AllocationEntity> Allocations => Set<AllocationEntity>();

    public DbSet<AnnouncementEntity> Announcements => Set<AnnouncementEntity>();

    public DbSet<CommitmentEntity> Commitments => Set<CommitmentEntity>();

    public DbSet<OtherIncomeEntity> OtherIncome => Set<OtherIncomeEntity>();

    public DbSet<InstalmentPlanEntity> InstalmentPlans => Set<InstalmentPlanEntity>();

    public DbSet<InvoiceEntity> Invoices => Set<InvoiceEntity>();

    public DbSet<PaymentEntity> Payments => Set<PaymentEntity>();

    public DbSet<AuditRecordEntity> AuditRecords => Set<AuditRecordEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // One IEntityTypeConfiguration per entity, in Data/Configurations.
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FundingDbContext).Assembly);
        modelBuilder.AddAuditTrail();
    }
}
