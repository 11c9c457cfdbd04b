using Microsoft.Extensions.Caching.Memory;
using Funding = Finsam.Contracts.Funding.V1;
using Grants = Finsam.Contracts.Grants.V1;

namespace Finsam.Budget.Dependencies;

// Funding's and grants' last whole answers for a federation's years, each with the version of
// the data it was read at. They are only ever used after the service has said, to this
// caller, that its data is still at that version (OtherServices); they save the service
// reading and sending what the budget already has. Bounded: the least recently used go.
public sealed class KeptAnswers : IDisposable
{
    // Federations × budgets' year ranges a region computes; each answer is a few kilobytes.
    public const int Capacity = 4_000;

    private readonly MemoryCache _answers = new(new MemoryCacheOptions { SizeLimit = Capacity });

    public Funding.Income? Income(string federation, int firstYear, int lastYear) =>
        _answers.Get<Funding.Income>(("income", federation, firstYear, lastYear));

    public Grants.EffortCosts? Costs(string federation, int firstYear, int lastYear) =>
        _answers.Get<Grants.EffortCosts>(("costs", federation, firstYear, lastYear));

    // Only a versioned answer can be checked later; one without a version is not kept.
    public void Keep(string federation, int firstYear, int lastYear, Funding.Income income) =>
        KeepVersioned(("income", federation, firstYear, lastYear), income, income.Version);

    public void Keep(string federation, int firstYear, int lastYear, Grants.EffortCosts costs) =>
        KeepVersioned(("costs", federation, firstYear, lastYear), costs, costs.Version);

    private void KeepVersioned(object key, object answer, string version)
    {
        if (version.Length > 0)
        {
            _answers.Set(key, answer, new MemoryCacheEntryOptions { Size = 1 });
        }
    }

    public void Dispose() => _answers.Dispose();
}
