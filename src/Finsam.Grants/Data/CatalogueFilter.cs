using Finsam.Grants.Domain;

namespace Finsam.Grants.Data;

// What a search asks for; empty texts and a null kind ask nothing.
public sealed record CatalogueFilter(string Words, string TargetGroup, string Municipality, string FederationId, EffortKind? Kind);
