using Funding = Finsam.Contracts.Funding.V1;
using Grants = Finsam.Contracts.Grants.V1;

namespace Finsam.Budget.Dependencies;

// What funding and grants say of a budget's years, as they said it: the income and the
// efforts' costs. An adopted budget keeps these with it.
public sealed record ExternalFigures(Funding.Income Income, Grants.EffortCosts EffortCosts);
