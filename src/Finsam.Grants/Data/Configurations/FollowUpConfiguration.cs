using Finsam.ServiceKit.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Finsam.Grants.Data.Configurations;

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUpEntity>
{
    public void Configure(EntityTypeBuilder<FollowUpEntity> entity)
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
        entity.Property(f => f.Indicators).HasColumnName("indicators").AsJsonList();
        entity.Property(f => f.ParticipantsJson).HasColumnName("participants").HasColumnType("jsonb");
        // A follow-up belongs to its effort and goes with it.
        entity.HasOne<EffortEntity>().WithMany().HasForeignKey(f => new { f.FederationId, f.EffortId }).OnDelete(DeleteBehavior.Cascade);
    }
}
