using Finsam.ServiceKit.Grpc;
using Google.Rpc;
using Grpc.Core;
using Contract = Finsam.Contracts.Budget.V1;
using Funding = Finsam.Contracts.Funding.V1;
using Grants = Finsam.Contracts.Grants.V1;

namespace Finsam.Budget.Dependencies;

// Everything the budget asks funding and grants, in as few calls as a request needs: one
// to each per budget, side by side. The calls carry the caller's token (see
// AddFinsamGrpcClient), so the other services check the same caller. Each call names the
// version of the answer kept from last time (KeptAnswers); a service whose data has not
// changed since says so instead of answering again, and the kept answer is used.
public sealed class OtherServices(Funding.FundingService.FundingServiceClient funding, Grants.GrantsService.GrantsServiceClient grants, KeptAnswers kept)
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
        var costs = CostsAsync(federation, firstYear, lastYear, ct);
        await Task.WhenAll(income, costs).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return new ExternalFigures(await income, await costs);
    }

    private async Task<Grants.EffortCosts> CostsAsync(string federation, int firstYear, int lastYear, CancellationToken ct)
    {
        var known = kept.Costs(federation, firstYear, lastYear);
        var answer = await grants.GetEffortCostsAsync(new Grants.GetEffortCostsRequest
        {
            Parent = Names.Federation.Format(federation),
            FirstYear = firstYear,
            LastYear = lastYear,
            KnownVersion = known?.Version ?? "",
        }, cancellationToken: ct);
        if (answer.Unchanged)
        {
            return Reused(known, known?.Version, answer.Version);
        }
        kept.Keep(federation, firstYear, lastYear, answer);
        return answer;
    }

    private async Task<Funding.Income> IncomeAsync(string federation, int firstYear, int lastYear, CancellationToken ct)
    {
        var known = kept.Income(federation, firstYear, lastYear);
        try
        {
            var answer = await funding.GetIncomeAsync(new Funding.GetIncomeRequest
            {
                Parent = Names.Federation.Format(federation),
                FirstYear = firstYear,
                LastYear = lastYear,
                KnownVersion = known?.Version ?? "",
            }, cancellationToken: ct);
            if (answer.Unchanged)
            {
                return Reused(known, known?.Version, answer.Version);
            }
            kept.Keep(federation, firstYear, lastYear, answer);
            return answer;
        }
        catch (RpcException missing) when (missing.StatusCode == StatusCode.FailedPrecondition)
        {
            // A budget is never computed from missing income: the year without an allocation is named.
            var year = MissingYear(missing) ?? firstYear;
            throw GrpcErrors.FailedPrecondition(Names.Allocation.Format(federation, year),
                $"Funding has no contributions for {year}: {missing.Status.Detail}");
        }
    }

    // A service says "unchanged" only to the version it was sent, which is the kept one's.
    private static T Reused<T>(T? known, string? knownVersion, string version) where T : class =>
        known is not null && knownVersion == version
            ? known
            : throw new InvalidOperationException("A dependency said unchanged to a version that was not asked about.");

    // The year of the allocation funding names as missing; null when it names something else.
    private static int? MissingYear(RpcException missing) =>
        missing.GetRpcStatus()?.GetDetail<PreconditionFailure>()?.Violations
            .Select(v => Names.Allocation.Match(v.Subject))
            .FirstOrDefault(name => name is not null)?.Year;
}
