namespace Finsam.Contracts.Funding.V1;

// GetIncome's answer carries its version (see IVersionedAnswer).
public sealed partial class Income : IVersionedAnswer;
