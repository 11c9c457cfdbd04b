using Finsam.Budget.Domain;
using Grants = Finsam.Contracts.Grants.V1;

namespace Finsam.Budget.Dependencies;

// What funding and grants say of a budget's years: the income, and the efforts' costs.
public sealed record ExternalFigures(IReadOnlyList<IncomeLine> Income, Grants.EffortCosts EffortCosts);
