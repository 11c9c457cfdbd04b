using Finsam.Funding.Domain;
using Finsam.ServiceKit.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Finsam.Funding.Data.Configurations;

internal sealed class FederationConfiguration : IEntityTypeConfiguration<FederationEntity>
{
    public void Configure(EntityTypeBuilder<FederationEntity> entity)
    {
        entity.ToTable("federations");
        entity.HasKey(f => f.Id);
        entity.Property(f => f.Id).HasColumnName("id");
        entity.Property(f => f.DisplayName).HasColumnName("display_name");
        entity.Property(f => f.OrganisationNumber).HasColumnName("organisation_number");
        entity.Property(f => f.MunicipalShareBasis).HasColumnName("municipal_share_basis").HasConversion<string>();
        entity.Property(f => f.RegionalShareBasis).HasColumnName("regional_share_basis").HasConversion<string>();
        // Members change only with their federation, so they are one jsonb column.
        entity.Property(f => f.Members).HasColumnName("members").AsJsonList();
        entity.Property(f => f.RequestId).HasColumnName("request_id");
        entity.HasIndex(f => f.RequestId).IsUnique();
        entity.Property(f => f.CreateTime).HasColumnName("create_time");
        entity.Property(f => f.UpdateTime).HasColumnName("update_time");
        entity.Property(f => f.Version).IsRowVersion();
    }
}
