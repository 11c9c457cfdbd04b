using Finsam.ServiceKit.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Finsam.Grants.Data.Configurations;

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<DecisionEntity>
{
    public void Configure(EntityTypeBuilder<DecisionEntity> entity)
    {
        entity.ToTable("decisions");
        entity.HasKey(d => new { d.FederationId, d.Id });
        entity.Property(d => d.FederationId).HasColumnName("federation_id");
        entity.Property(d => d.Id).HasColumnName("id");
        entity.Property(d => d.DecidedOn).HasColumnName("decided_on");
        entity.Property(d => d.ReferenceNumber).HasColumnName("reference_number");
        entity.Property(d => d.EffortId).HasColumnName("effort_id");
        entity.Property(d => d.Granted).HasColumnName("granted").AsJsonList();
        entity.Property(d => d.RequestId).HasColumnName("request_id");
        // A retried create finds its first attempt by this (IdempotentCreate).
        entity.HasIndex(d => new { d.FederationId, d.RequestId }).IsUnique();
        entity.Property(d => d.CreateTime).HasColumnName("create_time");
        // A decided effort stays on record: the database refuses to delete it too.
        entity.HasOne<EffortEntity>().WithMany().HasForeignKey(d => new { d.FederationId, d.EffortId }).OnDelete(DeleteBehavior.Restrict);
    }
}
