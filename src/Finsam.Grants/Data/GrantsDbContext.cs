using System.Text.Json;
using Finsam.Grants.Domain;
using Finsam.ServiceKit.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Finsam.Grants.Data;

public sealed class GrantsDbContext(DbContextOptions<GrantsDbContext> options) : DbContext(options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public DbSet<EffortEntity> Efforts => Set<EffortEntity>();

    public DbSet<DecisionEntity> Decisions => Set<DecisionEntity>();

    public DbSet<ReservationEntity> Reservations => Set<ReservationEntity>();

    public DbSet<FollowUpEntity> FollowUps => Set<FollowUpEntity>();

    public DbSet<AuditRecordEntity> AuditRecords => Set<AuditRecordEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<EffortEntity>(entity =>
        {
            entity.ToTable("efforts");
            entity.HasKey(e => new { e.FederationId, e.Id });
            entity.Property(e => e.FederationId).HasColumnName("federation_id");
            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.DisplayName).HasColumnName("display_name");
            entity.Property(e => e.Description).HasColumnName("description");
            entity.Property(e => e.Kind).HasColumnName("kind").HasConversion<string>();
            entity.Property(e => e.CostGroup).HasColumnName("cost_group");
            entity.Property(e => e.Owner).HasColumnName("owner");
            entity.Property(e => e.TargetGroup).HasColumnName("target_group");
            entity.Property(e => e.Municipality).HasColumnName("municipality");
            entity.Property(e => e.StartOn).HasColumnName("start_on");
            entity.Property(e => e.EndOn).HasColumnName("end_on");
            AsJson(entity.Property(e => e.CostLines).HasColumnName("cost_lines"));
            entity.Property(e => e.Status).HasColumnName("status").HasConversion<string>();
            entity.Property(e => e.Public).HasColumnName("public");
            entity.Property(e => e.RequestId).HasColumnName("request_id");
            entity.HasIndex(e => new { e.FederationId, e.RequestId }).IsUnique();
            entity.Property(e => e.CreateTime).HasColumnName("create_time");
            entity.Property(e => e.UpdateTime).HasColumnName("update_time");
            entity.Property(e => e.Version).IsRowVersion();
        });

        modelBuilder.Entity<DecisionEntity>(entity =>
        {
            entity.ToTable("decisions");
            entity.HasKey(d => new { d.FederationId, d.Id });
            entity.Property(d => d.FederationId).HasColumnName("federation_id");
            entity.Property(d => d.Id).HasColumnName("id");
            entity.Property(d => d.DecidedOn).HasColumnName("decided_on");
            entity.Property(d => d.ReferenceNumber).HasColumnName("reference_number");
            entity.Property(d => d.EffortId).HasColumnName("effort_id");
            entity.Property(d => d.GrantedYears).HasColumnName("granted_years");
            entity.Property(d => d.RequestId).HasColumnName("request_id");
            entity.HasIndex(d => new { d.FederationId, d.RequestId }).IsUnique();
            entity.Property(d => d.CreateTime).HasColumnName("create_time");
            entity.HasOne<EffortEntity>().WithMany().HasForeignKey(d => new { d.FederationId, d.EffortId }).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<ReservationEntity>(entity =>
        {
            entity.ToTable("reservations");
            entity.HasKey(r => new { r.FederationId, r.Year });
            entity.Property(r => r.FederationId).HasColumnName("federation_id");
            entity.Property(r => r.Year).HasColumnName("year");
            entity.Property(r => r.AmountOre).HasColumnName("amount_ore");
            entity.Property(r => r.Label).HasColumnName("label");
        });

        modelBuilder.Entity<FollowUpEntity>(entity =>
        {
            entity.ToTable("follow_ups");
            entity.HasKey(f => new { f.FederationId, f.EffortId, f.Year });
            entity.Property(f => f.FederationId).HasColumnName("federation_id");
            entity.Property(f => f.EffortId).HasColumnName("effort_id");
            entity.Property(f => f.Year).HasColumnName("year");
            entity.Property(f => f.PlannedParticipants).HasColumnName("planned_participants");
            entity.Property(f => f.ActualParticipants).HasColumnName("actual_participants");
            entity.Property(f => f.FinishedToWork).HasColumnName("finished_to_work");
            entity.Property(f => f.FinishedToStudies).HasColumnName("finished_to_studies");
            AsJson(entity.Property(f => f.Indicators).HasColumnName("indicators"));
            entity.HasOne<EffortEntity>().WithMany().HasForeignKey(f => new { f.FederationId, f.EffortId }).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.AddAuditTrail();
    }

    private static void AsJson<T>(PropertyBuilder<List<T>> property) =>
        property.HasColumnType("jsonb").HasConversion(
            items => JsonSerializer.Serialize(items, Json),
            json => JsonSerializer.Deserialize<List<T>>(json, Json) ?? new List<T>(),
            new ValueComparer<List<T>>(
                (a, b) => a!.SequenceEqual(b!),
                items => items.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
                items => items.ToList()));
}
