using System.Text.Json;
using Finsam.Funding.Domain;
using Finsam.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Finsam.Funding.Data;

public sealed class FundingDbContext(DbContextOptions<FundingDbContext> options) : DbContext(options)
{
    private static readonly JsonSerializerOptions MemberJson = new(JsonSerializerDefaults.Web);

    public DbSet<FederationEntity> Federations => Set<FederationEntity>();

    public DbSet<AllocationEntity> Allocations => Set<AllocationEntity>();

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
            entity.Property(a => a.RequestId).HasColumnName("request_id");
            entity.HasIndex(a => new { a.FederationId, a.RequestId }).IsUnique();
            entity.Property(a => a.CreateTime).HasColumnName("create_time");
            entity.Property(a => a.UpdateTime).HasColumnName("update_time");
            entity.Property(a => a.Version).IsRowVersion();
            entity.HasOne<FederationEntity>().WithMany().HasForeignKey(a => a.FederationId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.AddAuditTrail();
    }
}
