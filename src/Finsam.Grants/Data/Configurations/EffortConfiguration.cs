using Finsam.ServiceKit.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Finsam.Grants.Data.Configurations;

internal sealed class EffortConfiguration : IEntityTypeConfiguration<EffortEntity>
{
    public void Configure(EntityTypeBuilder<EffortEntity> entity)
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
        entity.Property(e => e.CostLines).HasColumnName("cost_lines").AsJsonList();
        entity.Property(e => e.Status).HasColumnName("status").HasConversion<string>();
        entity.Property(e => e.Public).HasColumnName("public");
        entity.Property(e => e.RequestId).HasColumnName("request_id");
        // A retried create finds its first attempt by this (IdempotentCreate).
        entity.HasIndex(e => new { e.FederationId, e.RequestId }).IsUnique();
        entity.Property(e => e.CreateTime).HasColumnName("create_time");
        entity.Property(e => e.UpdateTime).HasColumnName("update_time");
        entity.Property(e => e.Version).IsRowVersion();
    }
}
