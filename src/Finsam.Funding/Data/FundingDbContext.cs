using System.Text.Json;
using Finsam.Funding.Domain;
using Finsam.ServiceKit.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Finsam.Funding.Data;

public sealed class FundingDbContext(DbContextOptions<FundingDbContext> options) : DbContext(options)
{
    private static readonly JsonSerializerOptions MemberJson = new(JsonSerializerDefaults.Web);

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
        modelBuilder.Entity<FederationEntity>(entity =>
        {
            entity.ToTable("federations");
            entity.HasKey(f => f.Id);
            entity.Property(f => f.Id).HasColumnName("id");
            entity.Property(f => f.DisplayName).HasColumnName("display_name");
            entity.Property(f => f.MunicipalShareBasis).HasColumnName("municipal_share_basis").HasConversion<string>();
            entity.Property(f => f.RegionalShareBasis).HasColumnName("regional_share_basis").HasConversion<string>();
            entity.Property(f => f.Members).HasColumnName("members").HasColumnType("jsonb")
                .HasConversion(
                    members => JsonSerializer.Serialize(members, MemberJson),
                    json => JsonSerializer.Deserialize<List<FederationMember>>(json, MemberJson) ?? new List<FederationMember>(),
                    new ValueComparer<List<FederationMember>>(
                        (a, b) => a!.SequenceEqual(b!),
                        members => members.Aggregate(0, (hash, m) => HashCode.Combine(hash, m.GetHashCode())),
                        members => members.ToList()));
            entity.Property(f => f.RequestId).HasColumnName("request_id");
            entity.HasIndex(f => f.RequestId).IsUnique();
            entity.Property(f => f.CreateTime).HasColumnName("create_time");
            entity.Property(f => f.UpdateTime).HasColumnName("update_time");
            entity.Property(f => f.Version).IsRowVersion();
        });

        modelBuilder.Entity<AllocationEntity>(entity =>
        {
            entity.ToTable("allocations");
            entity.HasKey(a => new { a.FederationId, a.Year });
            entity.Property(a => a.FederationId).HasColumnName("federation_id");
            entity.Property(a => a.Year).HasColumnName("year");
            entity.Property(a => a.StateAmountOre).HasColumnName("state_amount_ore");
            entity.Property(a => a.Status).HasColumnName("status").HasConversion<string>();
            entity.Property(a => a.DeclinedOre).HasColumnName("declined_ore");
            entity.Property(a => a.RequestId).HasColumnName("request_id");
            entity.HasIndex(a => new { a.FederationId, a.RequestId }).IsUnique();
            entity.Property(a => a.CreateTime).HasColumnName("create_time");
            entity.Property(a => a.UpdateTime).HasColumnName("update_time");
            entity.Property(a => a.Version).IsRowVersion();
            entity.HasOne<FederationEntity>().WithMany().HasForeignKey(a => a.FederationId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<AnnouncementEntity>(entity =>
        {
            entity.ToTable("announcements");
            entity.HasKey(a => new { a.FederationId, a.Year, a.Sequence });
            entity.Property(a => a.FederationId).HasColumnName("federation_id");
            entity.Property(a => a.Year).HasColumnName("year");
            entity.Property(a => a.Sequence).HasColumnName("sequence");
            entity.Property(a => a.Kind).HasColumnName("kind").HasConversion<string>();
            entity.Property(a => a.StateAmountOre).HasColumnName("state_amount_ore");
            entity.Property(a => a.AnnouncedOn).HasColumnName("announced_on");
            entity.Property(a => a.Source).HasColumnName("source");
            entity.Property(a => a.RequestId).HasColumnName("request_id");
            entity.HasIndex(a => new { a.FederationId, a.RequestId }).IsUnique();
            entity.Property(a => a.CreateTime).HasColumnName("create_time");
            entity.HasOne<AllocationEntity>().WithMany().HasForeignKey(a => new { a.FederationId, a.Year });
        });

        modelBuilder.Entity<CommitmentEntity>(entity =>
        {
            entity.ToTable("commitments");
            entity.HasKey(c => new { c.FederationId, c.Year, c.MemberId });
            entity.Property(c => c.FederationId).HasColumnName("federation_id");
            entity.Property(c => c.Year).HasColumnName("year");
            entity.Property(c => c.MemberId).HasColumnName("member_id");
            entity.Property(c => c.CommittedOre).HasColumnName("committed_ore");
            entity.Property(c => c.UpdateTime).HasColumnName("update_time");
            entity.HasOne<AllocationEntity>().WithMany().HasForeignKey(c => new { c.FederationId, c.Year });
        });

        modelBuilder.Entity<OtherIncomeEntity>(entity =>
        {
            entity.ToTable("other_income");
            entity.HasKey(o => new { o.FederationId, o.Id });
            entity.Property(o => o.FederationId).HasColumnName("federation_id");
            entity.Property(o => o.Id).HasColumnName("id");
            entity.Property(o => o.Year).HasColumnName("year");
            entity.Property(o => o.Kind).HasColumnName("kind").HasConversion<string>();
            entity.Property(o => o.AmountOre).HasColumnName("amount_ore");
            entity.Property(o => o.Note).HasColumnName("note");
            entity.Property(o => o.RequestId).HasColumnName("request_id");
            entity.HasIndex(o => new { o.FederationId, o.RequestId }).IsUnique();
            entity.Property(o => o.CreateTime).HasColumnName("create_time");
            entity.HasOne<FederationEntity>().WithMany().HasForeignKey(o => o.FederationId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<InstalmentPlanEntity>(entity =>
        {
            entity.ToTable("instalment_plans");
            entity.HasKey(p => new { p.FederationId, p.Year });
            entity.Property(p => p.FederationId).HasColumnName("federation_id");
            entity.Property(p => p.Year).HasColumnName("year");
            entity.Property(p => p.Frequency).HasColumnName("frequency").HasConversion<string>();
            entity.HasOne<FederationEntity>().WithMany().HasForeignKey(p => p.FederationId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<InvoiceEntity>(entity =>
        {
            entity.ToTable("invoices");
            entity.HasKey(i => new { i.FederationId, i.Id });
            entity.Property(i => i.FederationId).HasColumnName("federation_id");
            entity.Property(i => i.Id).HasColumnName("id");
            entity.Property(i => i.Year).HasColumnName("year");
            entity.Property(i => i.MemberId).HasColumnName("member_id");
            entity.Property(i => i.Instalment).HasColumnName("instalment");
            entity.Property(i => i.DueOn).HasColumnName("due_on");
            entity.Property(i => i.AmountOre).HasColumnName("amount_ore");
            entity.Property(i => i.CreateTime).HasColumnName("create_time");
            entity.HasMany(i => i.Payments).WithOne().HasForeignKey(p => new { p.FederationId, p.InvoiceId });
            entity.HasOne<FederationEntity>().WithMany().HasForeignKey(i => i.FederationId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<PaymentEntity>(entity =>
        {
            entity.ToTable("payments");
            entity.HasKey(p => new { p.FederationId, p.Id });
            entity.Property(p => p.FederationId).HasColumnName("federation_id");
            entity.Property(p => p.InvoiceId).HasColumnName("invoice_id");
            entity.Property(p => p.Id).HasColumnName("id");
            entity.Property(p => p.AmountOre).HasColumnName("amount_ore");
            entity.Property(p => p.PaidOn).HasColumnName("paid_on");
            entity.Property(p => p.Reference).HasColumnName("reference");
            entity.Property(p => p.RequestId).HasColumnName("request_id");
            entity.HasIndex(p => new { p.FederationId, p.RequestId }).IsUnique();
            entity.Property(p => p.CreateTime).HasColumnName("create_time");
        });

        modelBuilder.AddAuditTrail();
    }
}
