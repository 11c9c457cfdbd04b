using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Dependencies;

// Funding's and grants' figures asked while the budget they are for is still being read, for
// the years it covered when last read here (KnownPlans): the budget's read and the two calls
// then take the time of the longest, not of the read and the calls one after the other. Once
// the budget is read, ForAsync gives those figures where its years are the ones asked about,
// and otherwise asks again for its own years, the early call cancelled. Disposing cancels an
// early call that was not taken.
public sealed class FiguresAhead(OtherServices services, KnownPlans plans, string federation, int firstYear, CancellationToken ct) : IDisposable
{
    private readonly CancellationTokenSource _early = CancellationTokenSource.CreateLinkedTokenSource(ct);
    private int? _askedLastYear;
    private Task<ExternalFigures>? _asked;

    // Asks now, where the budget's years are known from an earlier read.
    public FiguresAhead Start()
    {
        if (plans.LastYear(federation, firstYear) is { } lastYear)
        {
            _askedLastYear = lastYear;
            _asked = services.FiguresAsync(federation, firstYear, lastYear, _early.Token);
        }
        return this;
    }

    // The figures of the budget's years as read: what was asked early, if those are its years.
    public Task<ExternalFigures> ForAsync(Contract.Budget budget)
    {
        var lastYear = budget.FirstYear + budget.PlanYears - 1;
        plans.Remember(federation, budget.FirstYear, lastYear);
        if (_asked is { } asked && budget.FirstYear == firstYear && lastYear == _askedLastYear)
        {
            _asked = null;
            return asked;
        }
        Drop();
        return services.FiguresAsync(federation, budget.FirstYear, lastYear, ct);
    }

    public void Dispose()
    {
        Drop();
        _early.Dispose();
    }

    // An early call nobody will await: cancelled, and its failure observed here.
    private void Drop()
    {
        if (_asked is { } asked)
        {
            _asked = null;
            _early.Cancel();
            asked.ContinueWith(static dropped => dropped.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }
    }
}
