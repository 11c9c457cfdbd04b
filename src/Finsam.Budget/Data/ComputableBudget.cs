using Finsam.Budget.Dependencies;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Data;

// A version to compute, with what funding and grants said when it was adopted (none where it
// is not adopted, or was adopted before inputs were kept), kept as stored: they are parsed
// only when the version is computed, not when a report computed before is served.
public sealed record ComputableBudget(Contract.Budget Budget, string? AdoptedInputsJson)
{
    public bool FromAdoptedInputs => AdoptedInputsJson is not null;

    public ExternalFigures? AdoptedInputs() => Data.AdoptedInputs.Parse(AdoptedInputsJson);
}
