using Finsam.Grants.Domain;

namespace Finsam.Grants.Data;

public sealed class DecisionEntity
{
    public required string FederationId { get; init; }

    public required string Id { get; init; }

    public DateOnly DecidedOn { get; init; }

    public required string ReferenceNumber { get; init; }

    public required string EffortId { get; init; }

    // A decision never changes, so what it grants is stored with it.
    public List<GrantedAmount> Granted { get; init; } = [];

    public string? RequestId { get; init; }

    public DateTimeOffset CreateTime { get; init; }
}
