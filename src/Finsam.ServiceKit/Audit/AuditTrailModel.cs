using Microsoft.EntityFrameworkCore;

namespace Finsam.ServiceKit.Audit;

public static class AuditTrailModel
{
    public const string TableName = "audit_records";

    public static ModelBuilder AddAuditTrail(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditRecordEntity>(entity =>
        {
            entity.ToTable(TableName);
            entity.HasKey(r => r.Sequence);
            entity.Property(r => r.Sequence).HasColumnName("sequence").UseIdentityAlwaysColumn();
            entity.Property(r => r.Federation).HasColumnName("federation").IsRequired();
            entity.Property(r => r.Time).HasColumnName("time");
            entity.Property(r => r.Actor).HasColumnName("actor").IsRequired();
            entity.Property(r => r.Action).HasColumnName("action").IsRequired();
            entity.Property(r => r.Resource).HasColumnName("resource").IsRequired();
            entity.Property(r => r.BeforeJson).HasColumnName("before").HasColumnType("jsonb");
            entity.Property(r => r.AfterJson).HasColumnName("after").HasColumnType("jsonb");
            entity.HasIndex(r => new { r.Federation, r.Sequence });
        });
        return modelBuilder;
    }
}
