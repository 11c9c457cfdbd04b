using System.Globalization;
using System.Collections.Concurrent;
using Finsam.Contracts.Funding.V1;
using Grpc.Core;

namespace Finsam.Budget.Tests.Functional;

// Funding as the budget sees it: which federations exist, what the members pay each year
// (none without an allocation), and other income; versioned as funding versions them (each
// change a new version, a caller's version still current answered without figures).
public sealed class FundingStandIn : FundingService.FundingServiceBase
{
        // Each federation funding knows, with its organisation number ("" where none is given).
    private readonly ConcurrentDictionary<string, string> _federations = new();
    private readonly ConcurrentDictionary<(string Federation, int Year), Contributions> _contributions = new();
    private readonly ConcurrentDictionary<(string Federation, int Year), OtherIncome[]> _otherIncome = new();
    private readonly ConcurrentDictionary<string, int> _versions = new();

    // Set to answer every call as a funding service that is down.
    public bool Down { get; set; }

    public void AddFederation(string federationId, string organisationNumber = "") => _federations[federationId] = organisationNumber;

    public void SetContributions(string federationId, int year, params (string DisplayName, long AmountOre)[] members)
    {
        var contributions = new Contributions { Name = $"federations/{federationId}/contributions/{year}", Year = year, TotalOre = members.Sum(m => m.AmountOre) };
        contributions.Members.AddRange(members.Select(m => new MemberContribution { DisplayName = m.DisplayName, AmountOre = m.AmountOre }));
        _contributions[(federationId, year)] = contributions;
        Changed(federationId);
    }

    public void SetOtherIncome(string federationId, int year, params OtherIncome[] income)
    {
        _otherIncome[(federationId, year)] = income;
        Changed(federationId);
    }

    private void Changed(string federationId) => _versions.AddOrUpdate(federationId, 1, (_, version) => version + 1);

    public override Task<Federation> GetFederation(GetFederationRequest request, ServerCallContext context)
    {
        ThrowIfDown();
        var id = request.Name["federations/".Length..];
        return _federations.TryGetValue(id, out var organisationNumber)
            ? Task.FromResult(new Federation { Name = request.Name, DisplayName = $"Samordningsförbundet {id}", OrganisationNumber = organisationNumber })
            : throw new RpcException(new Status(StatusCode.NotFound, $"{request.Name} does not exist."));
    }

    // What the budget asks for: every year's contributions and other income in one answer,
    // refused for the first year without an allocation, as funding refuses it.
    public override Task<Income> GetIncome(GetIncomeRequest request, ServerCallContext context)
    {
        ThrowIfDown();
        var federationId = request.Parent["federations/".Length..];
        var version = _versions.GetValueOrDefault(federationId).ToString(CultureInfo.InvariantCulture);
        if (request.KnownVersion == version)
        {
            return Task.FromResult(new Income { Version = version, Unchanged = true });
        }
        var income = new Income { Version = version };
        for (var year = request.FirstYear; year <= request.LastYear; year++)
        {
            if (!_contributions.TryGetValue((federationId, year), out var contributions))
            {
                throw new RpcException(new Status(StatusCode.FailedPrecondition, $"No state allocation is recorded for {year}; record it first."));
            }
            var yearIncome = new YearIncome { Year = year, Contributions = contributions };
            yearIncome.OtherIncome.AddRange(_otherIncome.GetValueOrDefault((federationId, year), []));
            income.Years.Add(yearIncome);
        }
        return Task.FromResult(income);
    }

    // The roll-up's question: each federation as GetIncome answers it, or its reason.
    public override async Task<BatchGetIncomeResponse> BatchGetIncome(BatchGetIncomeRequest request, ServerCallContext context)
    {
        ThrowIfDown();
        var response = new BatchGetIncomeResponse();
        foreach (var parent in request.Parents)
        {
            var answer = new FederationIncome { Parent = parent };
            try
            {
                answer.Income = await GetIncome(new GetIncomeRequest
                {
                    Parent = parent,
                    FirstYear = request.FirstYear,
                    LastYear = request.LastYear,
                    KnownVersion = request.KnownVersions.GetValueOrDefault(parent, ""),
                }, context);
            }
            catch (RpcException refused) when (refused.StatusCode == StatusCode.FailedPrecondition)
            {
                answer.Problem = refused.Status.Detail;
            }
            response.Incomes.Add(answer);
        }
        return response;
    }

    private void ThrowIfDown()
    {
        if (Down)
        {
            throw new RpcException(new Status(StatusCode.Unavailable, "no healthy upstream"));
        }
    }
}
