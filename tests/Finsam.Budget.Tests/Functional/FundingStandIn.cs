using System.Collections.Concurrent;
using Finsam.Contracts.Funding.V1;
using Grpc.Core;

namespace Finsam.Budget.Tests.Functional;

// Funding as the budget sees it: which federations exist, what the members pay each year
// (none without an allocation), and other income.
public sealed class FundingStandIn : FundingService.FundingServiceBase
{
    private readonly ConcurrentDictionary<string, bool> _federations = new();
    private readonly ConcurrentDictionary<(string Federation, int Year), Contributions> _contributions = new();
    private readonly ConcurrentDictionary<(string Federation, int Year), OtherIncome[]> _otherIncome = new();

    // Set to answer every call as a funding service that is down.
    public bool Down { get; set; }

    public void AddFederation(string federationId) => _federations[federationId] = true;

    public void SetContributions(string federationId, int year, params (string DisplayName, long AmountOre)[] members)
    {
        var contributions = new Contributions { Name = $"federations/{federationId}/contributions/{year}", Year = year, TotalOre = members.Sum(m => m.AmountOre) };
        contributions.Members.AddRange(members.Select(m => new MemberContribution { DisplayName = m.DisplayName, AmountOre = m.AmountOre }));
        _contributions[(federationId, year)] = contributions;
    }

    public void SetOtherIncome(string federationId, int year, params OtherIncome[] income) => _otherIncome[(federationId, year)] = income;

    public override Task<Federation> GetFederation(GetFederationRequest request, ServerCallContext context)
    {
        ThrowIfDown();
        var id = request.Name["federations/".Length..];
        return _federations.ContainsKey(id)
            ? Task.FromResult(new Federation { Name = request.Name, DisplayName = $"Samordningsförbundet {id}" })
            : throw new RpcException(new Status(StatusCode.NotFound, $"{request.Name} does not exist."));
    }

    public override Task<Contributions> GetContributions(GetContributionsRequest request, ServerCallContext context)
    {
        ThrowIfDown();
        var parts = request.Name.Split('/');
        var year = int.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture);
        return _contributions.TryGetValue((parts[1], year), out var contributions)
            ? Task.FromResult(contributions)
            : throw new RpcException(new Status(StatusCode.FailedPrecondition, $"No state allocation is recorded for {year}; record it first."));
    }

    public override Task<ListOtherIncomeResponse> ListOtherIncome(ListOtherIncomeRequest request, ServerCallContext context)
    {
        ThrowIfDown();
        var response = new ListOtherIncomeResponse();
        response.OtherIncome.AddRange(_otherIncome.GetValueOrDefault((request.Parent["federations/".Length..], request.Year), []));
        response.TotalOre = response.OtherIncome.Sum(o => o.AmountOre);
        return Task.FromResult(response);
    }

    private void ThrowIfDown()
    {
        if (Down)
        {
            throw new RpcException(new Status(StatusCode.Unavailable, "no healthy upstream"));
        }
    }
}
