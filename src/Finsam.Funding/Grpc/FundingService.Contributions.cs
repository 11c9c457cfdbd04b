using Finsam.Funding.Data;
using Finsam.Funding.Domain;
using Finsam.Funding.Validation;
using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Security;
using Grpc.Core;
using Contract = Finsam.Contracts.Funding.V1;

namespace Finsam.Funding.Grpc;

// What the members pay, year by year, and the income a budget counts.
public sealed partial class FundingService
{
    public override async Task<Contract.Contributions> GetContributions(Contract.GetContributionsRequest request, ServerCallContext context)
    {
        var year = IncomeRequests.Validate(request, years);
        var federationId = context.FederationId();
        var federation = await federations.RequireAsync(federationId, context.CancellationToken);
        var funded = await fundedAllocations.ReadAsync(federationId, year, year, context.CancellationToken);
        return ContributionsOf(federation, funded.SingleOrDefault(), year);
    }

    // Each year's contributions and other income in a handful of queries, however many years;
    // or, for a caller that kept an answer still current, one query and no figures.
    public override async Task<Contract.Income> GetIncome(Contract.GetIncomeRequest request, ServerCallContext context)
    {
        var range = IncomeRequests.Validate(request, years);
        var federationId = context.FederationId();
        var ct = context.CancellationToken;
        // Before the data it versions (see FederationDataVersion).
        var version = await auditRecords.DataVersionAsync(federationId, ct);
        if (FederationDataVersion.Holds(request.KnownVersion, version))
        {
            return Unchanged(version);
        }
        var sources = await incomeSources.ReadAsync([federationId], range.FirstYear, range.LastYear, ct);
        return IncomeOf(federationId, sources.GetValueOrDefault(federationId), range, version);
    }

    // Many federations' income as GetIncome gives each: the versions in one query, and what
    // changed since the caller's versions in five more, however many federations. A
    // federation that has none is answered with the reason, not a failure of the batch.
    public override async Task<Contract.BatchGetIncomeResponse> BatchGetIncome(Contract.BatchGetIncomeRequest request, ServerCallContext context)
    {
        var (federationIds, range) = IncomeRequests.Validate(request, years);
        var ct = context.CancellationToken;
        var versions = await auditRecords.DataVersionsAsync(federationIds, ct);
        string Known(string federationId) => request.KnownVersions.GetValueOrDefault(FundingNames.Federation.Format(federationId), "");
        var changed = federationIds.Where(id => !FederationDataVersion.Holds(Known(id), versions[id])).ToList();
        var sources = changed.Count == 0
            ? new Dictionary<string, IncomeSources>()
            : await incomeSources.ReadAsync(changed, range.FirstYear, range.LastYear, ct);

        var response = new Contract.BatchGetIncomeResponse();
        foreach (var federationId in federationIds)
        {
            var answer = new Contract.FederationIncome { Parent = FundingNames.Federation.Format(federationId) };
            try
            {
                answer.Income = changed.Contains(federationId)
                    ? IncomeOf(federationId, sources.GetValueOrDefault(federationId), range, versions[federationId])
                    : Unchanged(versions[federationId]);
            }
            catch (RpcException refused) when (refused.StatusCode is StatusCode.NotFound or StatusCode.FailedPrecondition)
            {
                answer.Problem = refused.Status.Detail;
            }
            response.Incomes.Add(answer);
        }
        return response;
    }

    private static Contract.Income Unchanged(string version) => new() { Version = version, Unchanged = true };

    private static Contract.Income IncomeOf(string federationId, IncomeSources? sources, IncomeYears range, string version)
    {
        var (federation, allocations, other) = sources ?? throw GrpcErrors.NotFound(FundingNames.Federation.Format(federationId));
        var funded = allocations.ToDictionary(a => a.Allocation.Year);
        var yearsAsked = Enumerable.Range(range.FirstYear, range.LastYear - range.FirstYear + 1).ToList();
        // The first year without an allocation fails the whole answer, as GetContributions would.
        var contributions = yearsAsked.Select(year => ContributionsOf(federation, funded.GetValueOrDefault(year), year)).ToList();

        var income = new Contract.Income { Version = version };
        income.Years.AddRange(yearsAsked.Select((year, i) =>
        {
            var yearIncome = new Contract.YearIncome { Year = year, Contributions = contributions[i] };
            yearIncome.OtherIncome.AddRange(other.Where(o => o.Year == year).Select(o => o.ToContract()));
            return yearIncome;
        }));
        return income;
    }

    private static Contract.Contributions ContributionsOf(FederationEntity federation, FundedAllocation? recorded, int year)
    {
        var allocation = RequireAllocation(federation, recorded, year);
        var outcome = allocation.Outcome(federation);
        return Split(federation, outcome).ToContract(allocation, outcome);
    }

    // Contributions follow a year's allocation: without one there is nothing to split.
    private static FundedAllocation RequireAllocation(FederationEntity federation, FundedAllocation? recorded, int year) =>
        recorded ?? throw GrpcErrors.FailedPrecondition(FundingNames.Allocation.Format(federation.Id, year),
            $"No state allocation is recorded for {year}; record it first.");

    // What each member pays; the federation's members must allow it (a region, say).
    private static ContributionBreakdown Split(FederationEntity federation, AllocationOutcome outcome) =>
        RuleErrors.Enforce(FundingNames.Federation.Format(federation.Id), outcome.Contributions);
}
