using Finsam.ServiceKit.Grpc;
using Google.Rpc;
using Grpc.Core;
using Contract = Finsam.Contracts.Budget.V1;
using Funding = Finsam.Contracts.Funding.V1;
using Grants = Finsam.Contracts.Grants.V1;

namespace Finsam.Budget.Dependencies;

// Everything the budget asks funding and grants, in as few calls as a request needs: one
// to each per budget, side by side. The calls carry the caller's token (see
// AddFinsamGrpcClient), so the other services check the same caller.
public sealed class OtherServices(Funding.FundingService.FundingServiceClient funding, Grants.GrantsService.GrantsServiceClient grants)
{
    // Funding owns the federations: asking it, as the caller, tells whether this one exists.
    public async Task RequireFederationAsync(string federation, CancellationToken ct) =>
        await funding.GetFederationAsync(new Funding.GetFederationRequest { Name = Names.Federation.Format(federation) }, cancellationToken: ct);

    // The income and the effort costs of the budget's years, its first to its last plan year.
    // Both answers are awaited before a failure is reported, funding's first, as the budget
    // always reported them.
    public async Task<ExternalFigures> FiguresAsync(string federation, Contract.Budget budget, CancellationToken ct)
    {
        var (firstYear, lastYear) = (budget.FirstYear, budget.FirstYear + budget.PlanYears - 1);
        var income = IncomeAsync(federation, firstYear, lastYear, ct);
        var costs = grants.GetEffortCostsAsync(new Grants.GetEffortCostsRequest
        {
            Parent = Names.Federation.Format(federation),
            FirstYear = firstYear,
            LastYear = lastYear,
        }, cancellationToken: ct).ResponseAsync;
        await Task.WhenAll(income, costs).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return new ExternalFigures(await income, await costs);
    }

    private async Task<Funding.Income> IncomeAsync(string federation, int firstYear, int lastYear, CancellationToken ct)
    {
        try
        {
            return await funding.GetIncomeAsync(new Funding.GetIncomeRequest
            {
                Parent = Names.Federation.Format(federation),
                FirstYear = firstYear,
                LastYear = lastYear,
            }, cancellationToken: ct);
        }
        catch (RpcException missing) when (missing.StatusCode == StatusCode.FailedPrecondition)
        {
            // A budget is never computed from missing income: the year without an allocation is named.
            var year = MissingYear(missing) ?? firstYear;
            throw GrpcErrors.FailedPrecondition(Names.Allocation.Format(federation, year),
                $"Funding has no contributions for {year}: {missing.Status.Detail}");
        }
    }

    // The year of the allocation funding names as missing; null when it names something else.
    private static int? MissingYear(RpcException missing) =>
        missing.GetRpcStatus()?.GetDetail<PreconditionFailure>()?.Violations
            .Select(v => Names.Allocation.Match(v.Subject))
            .FirstOrDefault(name => name is not null)?.Year;
}
