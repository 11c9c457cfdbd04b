using Finsam.Funding.Domain;

namespace Finsam.Funding.Data;

public sealed class FederationEntity
{
    public required string Id { get; set; }

    public required string DisplayName { get; set; }

    // "222000-1234"; null: not given.
    public string? OrganisationNumber { get; set; }

    public ShareBasis MunicipalShareBasis { get; set; }

    public ShareBasis RegionalShareBasis { get; set; }

    // Members change only with their federation, so they are stored with it.
    public List<FederationMember> Members { get; set; } = [];

    public string? RequestId { get; set; }

    public DateTimeOffset CreateTime { get; set; }

    public DateTimeOffset UpdateTime { get; set; }

    // PostgreSQL's xmin: changes with every update, and is the etag.
    public uint Version { get; set; }

    public MemberTerms Terms() => new(Members, RegionalShareBasis, MunicipalShareBasis);
}
