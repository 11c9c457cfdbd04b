using Finsam.Contracts.Common.V1;
using Finsam.Contracts.Funding.V1;

namespace Finsam.Funding.Tests.Functional;

// One call of every FundingService RPC, aimed at a given federation, so that access
// tests cover the whole service; AccessTests keeps the list complete.
public static class FundingCalls
{
    public static readonly IReadOnlyDictionary<string, Func<FundingService.FundingServiceClient, string, Task>> All =
        new Dictionary<string, Func<FundingService.FundingServiceClient, string, Task>>
        {
            ["CreateFederation"] = (c, f) => c.CreateFederationAsync(new CreateFederationRequest { FederationId = Federations.NewId(), Federation = Federations.Sundsvall() }).ResponseAsync,
            ["GetFederation"] = (c, f) => c.GetFederationAsync(new GetFederationRequest { Name = $"federations/{f}" }).ResponseAsync,
            ["ListFederations"] = (c, f) => c.ListFederationsAsync(new ListFederationsRequest()).ResponseAsync,
            ["ListPublicFederations"] = (c, f) => c.ListPublicFederationsAsync(new ListPublicFederationsRequest()).ResponseAsync,
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
            ["GetIncome"] = (c, f) => c.GetIncomeAsync(new GetIncomeRequest { Parent = $"federations/{f}", FirstYear = 2022, LastYear = 2022 }).ResponseAsync,
            ["BatchGetIncome"] = (c, f) => c.BatchGetIncomeAsync(new BatchGetIncomeRequest { Parents = { $"federations/{f}" }, FirstYear = 2022, LastYear = 2022 }).ResponseAsync,
            ["GetContributions"] = (c, f) => c.GetContributionsAsync(new GetContributionsRequest { Name = $"federations/{f}/contributions/2022" }).ResponseAsync,
            ["ListAuditRecords"] = (c, f) => c.ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = $"federations/{f}" }).ResponseAsync,
            ["AnnounceAllocation"] = (c, f) => c.AnnounceAllocationAsync(new AnnounceAllocationRequest
            {
                Allocation = $"federations/{f}/allocations/2022",
                Announcement = new Announcement { Kind = AnnouncementKind.Revision, StateAmountOre = 1, AnnouncedOn = "2022-03-01" },
            }).ResponseAsync,
            ["ListAnnouncements"] = (c, f) => c.ListAnnouncementsAsync(new ListAnnouncementsRequest { Parent = $"federations/{f}/allocations/2022" }).ResponseAsync,
            ["SetCommitment"] = (c, f) => c.SetCommitmentAsync(new SetCommitmentRequest
            {
                Commitment = new Commitment { Name = $"federations/{f}/allocations/2022/commitments/sundsvalls-kommun", CommittedOre = 1 },
            }).ResponseAsync,
            ["ListCommitments"] = (c, f) => c.ListCommitmentsAsync(new ListCommitmentsRequest { Parent = $"federations/{f}/allocations/2022" }).ResponseAsync,
            ["CreateOtherIncome"] = (c, f) => c.CreateOtherIncomeAsync(new CreateOtherIncomeRequest
            {
                Parent = $"federations/{f}",
                OtherIncome = new OtherIncome { Year = 2022, Kind = OtherIncomeKind.Interest, AmountOre = 1 },
            }).ResponseAsync,
            ["ListOtherIncome"] = (c, f) => c.ListOtherIncomeAsync(new ListOtherIncomeRequest { Parent = $"federations/{f}" }).ResponseAsync,
            ["DeleteOtherIncome"] = (c, f) => c.DeleteOtherIncomeAsync(new DeleteOtherIncomeRequest { Name = $"federations/{f}/otherIncome/missing" }).ResponseAsync,
            ["SetInstalmentPlan"] = (c, f) => c.SetInstalmentPlanAsync(new SetInstalmentPlanRequest
            {
                InstalmentPlan = new InstalmentPlan { Name = $"federations/{f}/instalmentPlans/2022", Frequency = InstalmentFrequency.Quarterly },
            }).ResponseAsync,
            ["RaiseInvoices"] = (c, f) => c.RaiseInvoicesAsync(new RaiseInvoicesRequest { InstalmentPlan = $"federations/{f}/instalmentPlans/2022" }).ResponseAsync,
            ["ListInvoices"] = (c, f) => c.ListInvoicesAsync(new ListInvoicesRequest { Parent = $"federations/{f}" }).ResponseAsync,
            ["RecordPayment"] = (c, f) => c.RecordPaymentAsync(new RecordPaymentRequest
            {
                Invoice = $"federations/{f}/invoices/2022-sundsvalls-kommun-1",
                Payment = new Payment { AmountOre = 1, PaidOn = "2022-02-01" },
                RequestId = Guid.NewGuid().ToString(),
            }).ResponseAsync,
            ["GetOutstanding"] = (c, f) => c.GetOutstandingAsync(new GetOutstandingRequest { Name = $"federations/{f}/outstanding/2022" }).ResponseAsync,
            ["DistributeStateAllocation"] = (c, f) => c.DistributeStateAllocationAsync(new DistributeStateAllocationRequest
            {
                NationalTotalOre = 100_000_000,
                Federations = { new FederationMeasures { Federation = $"federations/{f}", Population1664 = 1, SupportMeasure = 1 } },
            }).ResponseAsync,
        };

    public static readonly IReadOnlySet<string> Writes = new HashSet<string>
    {
        "CreateFederation", "UpdateFederation", "DeleteFederation", "CreateAllocation", "UpdateAllocation",
        "AnnounceAllocation", "SetCommitment", "CreateOtherIncome", "DeleteOtherIncome", "SetInstalmentPlan",
        "RaiseInvoices", "RecordPayment", "DistributeStateAllocation", "BatchGetIncome",
    };
}
