using Finsam.Contracts;
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
public sealed class OtherServices(Funding.FundingService.FundingServiceClient funding, Grants.GrantsService.GrantsServiceClient grants, KeptAnswers kept, KnownPlans plans)
{
    // Funding owns the federations: asking it, as the caller, tells whether this one exists.
    public async Task RequireFederationAsync(string federation, CancellationToken ct) =>
        await FederationAsync(federation, ct);

    public async Task<Funding.Federation> FederationAsync(string federation, CancellationToken ct) =>
        await funding.GetFederationAsync(new Funding.GetFederationRequest { Name = Names.Federation.Format(federation) }, cancellationToken: ct);

    // The income and the effort costs of the budget's years, its first to its last plan year.
    // Both answers are awaited before a failure is reported, funding's first, as the budget
    // always reported them.
    public Task<ExternalFigures> FiguresAsync(string federation, Contract.Budget budget, CancellationToken ct) =>
        FiguresAsync(federation, budget.FirstYear, budget.FirstYear + budget.PlanYears - 1, ct);

    // The figures of a budget not read yet, asked for the years it had when last read here
    // (FiguresAhead.ForAsync gives them once it is read).
    public FiguresAhead AskAhead(string federation, int firstYear, CancellationToken ct) =>
        new FiguresAhead(this, plans, federation, firstYear, ct).Start();

    public async Task<ExternalFigures> FiguresAsync(string federation, int firstYear, int lastYear, CancellationToken ct)
    {
        var income = IncomeAsync(federation, firstYear, lastYear, ct);
        var costs = CostsAsync(federation, firstYear, lastYear, ct);
        await Task.WhenAll(income, costs).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return new ExternalFigures(await income, await costs);
    }

    // Many federations' figures over the same years in one call to each service (the
    // regional roll-up's question), each federation's kept answers reused as FiguresAsync
    // reuses them. A federation funding has no income for is named with funding's reason.
    public async Task<IReadOnlyDictionary<string, FiguresOrProblem>> FiguresOfManyAsync(IReadOnlyList<string> federations, int firstYear, int lastYear, CancellationToken ct)
    {
        var incomeRequest = new Funding.BatchGetIncomeRequest { FirstYear = firstYear, LastYear = lastYear };
        var costsRequest = new Grants.BatchGetEffortCostsRequest { FirstYear = firstYear, LastYear = lastYear };
        var knownIncome = new Dictionary<string, Funding.Income>();
        var knownCosts = new Dictionary<string, Grants.EffortCosts>();
        foreach (var federation in federations)
        {
            var parent = Names.Federation.Format(federation);
            incomeRequest.Parents.Add(parent);
            costsRequest.Parents.Add(parent);
            if (kept.Find<Funding.Income>(federation, firstYear, lastYear) is { } income)
            {
                knownIncome[federation] = income;
                incomeRequest.KnownVersions[parent] = income.Version;
            }
            if (kept.Find<Grants.EffortCosts>(federation, firstYear, lastYear) is { } costs)
            {
                knownCosts[federation] = costs;
                costsRequest.KnownVersions[parent] = costs.Version;
            }
        }
        var incomes = funding.BatchGetIncomeAsync(incomeRequest, cancellationToken: ct).ResponseAsync;
        var effortCosts = grants.BatchGetEffortCostsAsync(costsRequest, cancellationToken: ct).ResponseAsync;
        await Task.WhenAll(incomes, effortCosts).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

        var costsOf = (await effortCosts).EffortCosts.ToDictionary(c => c.Parent, c => c.EffortCosts);
        var figures = new Dictionary<string, FiguresOrProblem>();
        foreach (var answer in (await incomes).Incomes)
        {
            var federation = Names.Federation.Parse(answer.Parent, "parent").Federation;
            figures[federation] = answer.Problem.Length > 0
                ? new FiguresOrProblem(null, $"Funding has no income for {firstYear}–{lastYear}: {answer.Problem}")
                : new FiguresOrProblem(new ExternalFigures(
                    Kept(federation, firstYear, lastYear, answer.Income, knownIncome.GetValueOrDefault(federation)),
                    Kept(federation, firstYear, lastYear, costsOf[answer.Parent], knownCosts.GetValueOrDefault(federation))), null);
        }
        return figures;
    }

    // The answer, kept for next time; or the one kept before, where the service said it holds
    // (it says so only to the version it was sent, which is the kept one's).
    private T Kept<T>(string federation, int firstYear, int lastYear, T answer, T? known) where T : class, IVersionedAnswer
    {
        if (answer.Unchanged)
        {
            return known is not null && known.Version == answer.Version
                ? known
                : throw new InvalidOperationException("A dependency said unchanged to a version that was not asked about.");
        }
        kept.Keep(federation, firstYear, lastYear, answer);
        return answer;
    }

    private async Task<Grants.EffortCosts> CostsAsync(string federation, int firstYear, int lastYear, CancellationToken ct)
    {
        var known = kept.Find<Grants.EffortCosts>(federation, firstYear, lastYear);
        var answer = await grants.GetEffortCostsAsync(new Grants.GetEffortCostsRequest
        {
            Parent = Names.Federation.Format(federation),
            FirstYear = firstYear,
            LastYear = lastYear,
            KnownVersion = known?.Version ?? "",
        }, cancellationToken: ct);
        return Kept(federation, firstYear, lastYear, answer, known);
    }

    private async Task<Funding.Income> IncomeAsync(string federation, int firstYear, int lastYear, CancellationToken ct)
    {
        var known = kept.Find<Funding.Income>(federation, firstYear, lastYear);
        try
        {
            var answer = await funding.GetIncomeAsync(new Funding.GetIncomeRequest
            {
                Parent = Names.Federation.Format(federation),
                FirstYear = firstYear,
                LastYear = lastYear,
                KnownVersion = known?.Version ?? "",
            }, cancellationToken: ct);
            return Kept(federation, firstYear, lastYear, answer, known);
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
