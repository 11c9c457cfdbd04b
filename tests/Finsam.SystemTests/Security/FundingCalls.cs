using Finsam.Contracts.Common.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.SystemTests.Infrastructure;

namespace Finsam.SystemTests.Security;

// One call of every FundingService RPC, aimed at a given federation, so that access
// tests cover the whole service; FundingCallsCoverTheService keeps the list complete.
public static class FundingCalls
{
    public static readonly IReadOnlyDictionary<string, Func<FundingService.FundingServiceClient, string, Task>> All =
        new Dictionary<string, Func<FundingService.FundingServiceClient, string, Task>>
        {
            ["CreateFederation"] = (c, f) => c.CreateFederationAsync(new CreateFederationRequest { FederationId = Federations.NewId(), Federation = Federations.Sundsvall() }).ResponseAsync,
            ["GetFederation"] = (c, f) => c.GetFederationAsync(new GetFederationRequest { Name = $"federations/{f}" }).ResponseAsync,
            ["ListFederations"] = (c, f) => c.ListFederationsAsync(new ListFederationsRequest()).ResponseAsync,
            ["UpdateFederation"] = (c, f) => c.UpdateFederationAsync(new UpdateFederationRequest
            {
                Federation = new Federation { Name = $"federations/{f}", DisplayName = "Kapad" },
                UpdateMask = new() { Paths = { "display_name" } },
            }).ResponseAsync,
            ["DeleteFederation"] = (c, f) => c.DeleteFederationAsync(new DeleteFederationRequest { Name = $"federations/{f}" }).ResponseAsync,
            ["CreateAllocation"] = (c, f) => c.CreateAllocationAsync(new CreateAllocationRequest
            {
                Parent = $"federations/{f}",
                Allocation = new Allocation { Year = 2024, StateAmountOre = 1 },
            }).ResponseAsync,
            ["GetAllocation"] = (c, f) => c.GetAllocationAsync(new GetAllocationRequest { Name = $"federations/{f}/allocations/2022" }).ResponseAsync,
            ["ListAllocations"] = (c, f) => c.ListAllocationsAsync(new ListAllocationsRequest { Parent = $"federations/{f}" }).ResponseAsync,
            ["UpdateAllocation"] = (c, f) => c.UpdateAllocationAsync(new UpdateAllocationRequest
            {
                Allocation = new Allocation { Name = $"federations/{f}/allocations/2022", StateAmountOre = 1 },
            }).ResponseAsync,
            ["GetContributions"] = (c, f) => c.GetContributionsAsync(new GetContributionsRequest { Name = $"federations/{f}/contributions/2022" }).ResponseAsync,
            ["ListAuditRecords"] = (c, f) => c.ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = $"federations/{f}" }).ResponseAsync,
        };

    public static readonly IReadOnlySet<string> Writes = new HashSet<string>
    {
        "CreateFederation", "UpdateFederation", "DeleteFederation", "CreateAllocation", "UpdateAllocation",
    };
}
