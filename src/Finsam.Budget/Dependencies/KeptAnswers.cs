using Finsam.Contracts;
using Microsoft.Extensions.Caching.Memory;

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

    public T? Find<T>(string federation, int firstYear, int lastYear) where T : class, IVersionedAnswer =>
        _answers.Get<T>((typeof(T), federation, firstYear, lastYear));

    // Only a versioned answer can be checked later; one without a version is not kept.
    public void Keep<T>(string federation, int firstYear, int lastYear, T answer) where T : class, IVersionedAnswer
    {
        if (answer.Version.Length > 0)
        {
            _answers.Set((typeof(T), federation, firstYear, lastYear), answer, new MemoryCacheEntryOptions { Size = 1 });
        }
    }

    public void Dispose() => _answers.Dispose();
}
