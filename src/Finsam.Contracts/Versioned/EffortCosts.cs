namespace Finsam.Contracts.Grants.V1;

// GetEffortCosts' answer carries its version (see IVersionedAnswer).
public sealed partial class EffortCosts : IVersionedAnswer;
