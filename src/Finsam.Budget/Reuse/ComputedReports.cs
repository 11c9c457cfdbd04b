using System.Diagnostics.Metrics;
using Microsoft.Extensions.Caching.Memory;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Reuse;

// Reports computed lately, by everything they were computed from (ReportInputs): a report is
// served again only for the same inputs, which the caller has just read and had confirmed by
// funding and grants, so a reused report is never older than its inputs. Kept in memory,
// bounded, the least recently used going first; a kept report is never changed.
public sealed class ComputedReports : IDisposable
{
    public const int Capacity = 1_000;

    public const string MeterName = "Finsam.Budget.Reports";

    private readonly MemoryCache _reports = new(new MemoryCacheOptions { SizeLimit = Capacity });
    private readonly Counter<long> _served;

    public ComputedReports(IMeterFactory meters)
    {
        _served = meters.Create(MeterName).CreateCounter<long>(
            "finsam.budget.reports", unit: "{report}", description: "Budget reports served, computed or reused.");
    }

    public Contract.BudgetReport? Find(ReportInputs? inputs) =>
        inputs is null ? null : _reports.Get<Contract.BudgetReport>(inputs);

    // Counts a report served: reused (from here or as stored with an adopted version) or computed.
    public void Served(bool reused) => _served.Add(1, new KeyValuePair<string, object?>("reused", reused));

    public void Keep(ReportInputs? inputs, Contract.BudgetReport report)
    {
        if (inputs is not null)
        {
            _reports.Set(inputs, report, new MemoryCacheEntryOptions { Size = 1 });
        }
    }

    public void Dispose() => _reports.Dispose();
}
