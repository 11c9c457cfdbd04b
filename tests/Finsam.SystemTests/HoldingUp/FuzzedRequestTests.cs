using System.Net;
using System.Text;
using Finsam.Contracts.Common.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.SystemTests.Infrastructure;
using Google.Protobuf;
using Grpc.Core;

namespace Finsam.SystemTests.HoldingUp;

// Every RPC gets random and malformed requests; none may fail with Internal or Unknown,
// and none that is refused may change what is stored.
[Collection(SystemCollection.Name)]
public sealed class FuzzedRequestTests(FinsamSystem system)
{
    private const int MessagesPerRpc = 25;
    private static readonly StatusCode[] Broken = [StatusCode.Internal, StatusCode.Unknown, StatusCode.DataLoss, StatusCode.Unimplemented];

    [Fact]
    public async Task Random_requests_to_every_funding_rpc_get_a_clear_status_and_refused_ones_change_nothing()
    {
        var target = Federations.NewId("fuzz");
        var funding = system.Funding;
        await funding.CreateFederationAsync(new CreateFederationRequest { FederationId = target, Federation = Federations.Sundsvall() });
        await funding.CreateAllocationAsync(new CreateAllocationRequest
        {
            Parent = $"federations/{target}",
            Allocation = new Allocation { Year = 2022, StateAmountOre = Federations.Sundsvall2022StateOre },
        });

        var seed = FuzzSeed();
        var messages = new RandomMessages(new Random(seed), target);
        var calls = new (string Rpc, Func<Task<IMessage>> Call)[]
        {
            ("CreateFederation", async () => await funding.CreateFederationAsync(messages.Next<CreateFederationRequest>())),
            ("GetFederation", async () => await funding.GetFederationAsync(messages.Next<GetFederationRequest>())),
            ("ListFederations", async () => await funding.ListFederationsAsync(messages.Next<ListFederationsRequest>())),
            ("ListPublicFederations", async () => await funding.ListPublicFederationsAsync(messages.Next<ListPublicFederationsRequest>())),
            ("UpdateFederation", async () => await funding.UpdateFederationAsync(messages.Next<UpdateFederationRequest>())),
            ("DeleteFederation", async () => await funding.DeleteFederationAsync(messages.Next<DeleteFederationRequest>())),
            ("CreateAllocation", async () => await funding.CreateAllocationAsync(messages.Next<CreateAllocationRequest>())),
            ("GetAllocation", async () => await funding.GetAllocationAsync(messages.Next<GetAllocationRequest>())),
            ("ListAllocations", async () => await funding.ListAllocationsAsync(messages.Next<ListAllocationsRequest>())),
            ("UpdateAllocation", async () => await funding.UpdateAllocationAsync(messages.Next<UpdateAllocationRequest>())),
            ("GetContributions", async () => await funding.GetContributionsAsync(messages.Next<GetContributionsRequest>())),
            ("GetIncome", async () => await funding.GetIncomeAsync(messages.Next<GetIncomeRequest>())),
            ("BatchGetIncome", async () => await funding.BatchGetIncomeAsync(messages.Next<BatchGetIncomeRequest>())),
            ("ListAuditRecords", async () => await funding.ListAuditRecordsAsync(messages.Next<ListAuditRecordsRequest>())),
            ("AnnounceAllocation", async () => await funding.AnnounceAllocationAsync(messages.Next<AnnounceAllocationRequest>())),
            ("ListAnnouncements", async () => await funding.ListAnnouncementsAsync(messages.Next<ListAnnouncementsRequest>())),
            ("SetCommitment", async () => await funding.SetCommitmentAsync(messages.Next<SetCommitmentRequest>())),
            ("ListCommitments", async () => await funding.ListCommitmentsAsync(messages.Next<ListCommitmentsRequest>())),
            ("CreateOtherIncome", async () => await funding.CreateOtherIncomeAsync(messages.Next<CreateOtherIncomeRequest>())),
            ("ListOtherIncome", async () => await funding.ListOtherIncomeAsync(messages.Next<ListOtherIncomeRequest>())),
            ("DeleteOtherIncome", async () => await funding.DeleteOtherIncomeAsync(messages.Next<DeleteOtherIncomeRequest>())),
            ("SetInstalmentPlan", async () => await funding.SetInstalmentPlanAsync(messages.Next<SetInstalmentPlanRequest>())),
            ("RaiseInvoices", async () => await funding.RaiseInvoicesAsync(messages.Next<RaiseInvoicesRequest>())),
            ("ListInvoices", async () => await funding.ListInvoicesAsync(messages.Next<ListInvoicesRequest>())),
            ("RecordPayment", async () => await funding.RecordPaymentAsync(messages.Next<RecordPaymentRequest>())),
            ("GetOutstanding", async () => await funding.GetOutstandingAsync(messages.Next<GetOutstandingRequest>())),
            ("DistributeStateAllocation", async () => await funding.DistributeStateAllocationAsync(messages.Next<DistributeStateAllocationRequest>())),
        };
        Assert.Equal(FundingService.Descriptor.Methods.Count, calls.Length);

        var statuses = new Dictionary<StatusCode, int>();
        // What is stored is read once a message: after a refusal it must be what it was, after
        // a success it is what the next message starts from.
        var stored = await SnapshotAsync(target);
        foreach (var (rpc, call) in calls)
        {
            for (var i = 0; i < MessagesPerRpc; i++)
            {
                StatusCode status;
                try
                {
                    await call();
                    status = StatusCode.OK;
                }
                catch (RpcException failure)
                {
                    status = failure.StatusCode;
                    Assert.False(Broken.Contains(status), $"{rpc} answered {status}: {failure.Status.Detail} (seed {seed})");
                }
                var now = await SnapshotAsync(target);
                Assert.True(status == StatusCode.OK || stored == now, $"A refused {rpc} ({status}) changed federations/{target} (seed {seed}).");
                stored = now;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{calls.Length * MessagesPerRpc} random messages tried (seed {seed}): " +
            string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value}")));
        Assert.True(statuses.GetValueOrDefault(StatusCode.InvalidArgument) > 0);
    }

    [Fact]
    public async Task Random_requests_to_every_grants_rpc_get_a_clear_status_and_refused_ones_change_nothing()
    {
        var target = Federations.NewId("fuzzg");
        await system.Funding.CreateFederationAsync(new CreateFederationRequest { FederationId = target, Federation = Federations.Sundsvall() });
        var grants = system.Grants;
        await grants.CreateEffortAsync(new Contracts.Grants.V1.CreateEffortRequest
        {
            Parent = $"federations/{target}",
            EffortId = "psykolog",
            Effort = new Contracts.Grants.V1.Effort { DisplayName = "Psykolog", Kind = Contracts.Grants.V1.EffortKind.Individual },
        });

        var seed = FuzzSeed();
        var messages = new RandomMessages(new Random(seed), target);
        var calls = new (string Rpc, Func<Task<IMessage>> Call)[]
        {
            ("CreateEffort", async () => await grants.CreateEffortAsync(messages.Next<Contracts.Grants.V1.CreateEffortRequest>())),
            ("GetEffort", async () => await grants.GetEffortAsync(messages.Next<Contracts.Grants.V1.GetEffortRequest>())),
            ("ListEfforts", async () => await grants.ListEffortsAsync(messages.Next<Contracts.Grants.V1.ListEffortsRequest>())),
            ("UpdateEffort", async () => await grants.UpdateEffortAsync(messages.Next<Contracts.Grants.V1.UpdateEffortRequest>())),
            ("DeleteEffort", async () => await grants.DeleteEffortAsync(messages.Next<Contracts.Grants.V1.DeleteEffortRequest>())),
            ("TransitionEffort", async () => await grants.TransitionEffortAsync(messages.Next<Contracts.Grants.V1.TransitionEffortRequest>())),
            ("CreateDecision", async () => await grants.CreateDecisionAsync(messages.Next<Contracts.Grants.V1.CreateDecisionRequest>())),
            ("ListDecisions", async () => await grants.ListDecisionsAsync(messages.Next<Contracts.Grants.V1.ListDecisionsRequest>())),
            ("SetReservation", async () => await grants.SetReservationAsync(messages.Next<Contracts.Grants.V1.SetReservationRequest>())),
            ("ListReservations", async () => await grants.ListReservationsAsync(messages.Next<Contracts.Grants.V1.ListReservationsRequest>())),
            ("SetFollowUp", async () => await grants.SetFollowUpAsync(messages.Next<Contracts.Grants.V1.SetFollowUpRequest>())),
            ("CompareFollowUp", async () => await grants.CompareFollowUpAsync(messages.Next<Contracts.Grants.V1.CompareFollowUpRequest>())),
            ("ImportParticipants", async () => await grants.ImportParticipantsAsync(messages.Next<Contracts.Grants.V1.ImportParticipantsRequest>())),
            ("SummarizeParticipants", async () => await grants.SummarizeParticipantsAsync(messages.Next<Contracts.Grants.V1.SummarizeParticipantsRequest>())),
            ("SummarizeRegionParticipants", async () => await grants.SummarizeRegionParticipantsAsync(messages.Next<Contracts.Grants.V1.SummarizeRegionParticipantsRequest>())),
            ("GetEffortCosts", async () => await grants.GetEffortCostsAsync(messages.Next<Contracts.Grants.V1.GetEffortCostsRequest>())),
            ("BatchGetEffortCosts", async () => await grants.BatchGetEffortCostsAsync(messages.Next<Contracts.Grants.V1.BatchGetEffortCostsRequest>())),
            ("SearchCatalogue", async () => await grants.SearchCatalogueAsync(messages.Next<Contracts.Grants.V1.SearchCatalogueRequest>())),
            ("GetCatalogueEntry", async () => await grants.GetCatalogueEntryAsync(messages.Next<Contracts.Grants.V1.GetCatalogueEntryRequest>())),
            ("ListAuditRecords", async () => await grants.ListAuditRecordsAsync(messages.Next<ListAuditRecordsRequest>())),
        };
        Assert.Equal(Contracts.Grants.V1.GrantsService.Descriptor.Methods.Count, calls.Length);

        async Task<string> Snapshot() =>
            $"{await grants.ListEffortsAsync(new Contracts.Grants.V1.ListEffortsRequest { Parent = $"federations/{target}", PageSize = 1000 })}" +
            $"{(await grants.ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = $"federations/{target}", PageSize = 1000 })).Records.Count}";

        await PlayAsync("grants", calls, Snapshot, seed);
    }

    [Fact]
    public async Task Random_requests_to_every_access_rpc_get_a_clear_status_and_refused_ones_change_nothing()
    {
        var target = Federations.NewId("fuzza");
        await system.Funding.CreateFederationAsync(new CreateFederationRequest { FederationId = target, Federation = Federations.Sundsvall() });
        var access = system.Access;
        var seed = FuzzSeed();
        var messages = new RandomMessages(new Random(seed), target);
        var calls = new (string Rpc, Func<Task<IMessage>> Call)[]
        {
            ("CreateClient", async () => await access.CreateClientAsync(messages.Next<Contracts.Identity.V1.CreateClientRequest>())),
            ("CreatePerson", async () => await access.CreatePersonAsync(messages.Next<Contracts.Identity.V1.CreatePersonRequest>())),
            ("GrantRole", async () => await access.GrantRoleAsync(messages.Next<Contracts.Identity.V1.GrantRoleRequest>())),
            ("RevokeRole", async () => await access.RevokeRoleAsync(messages.Next<Contracts.Identity.V1.RevokeRoleRequest>())),
            ("ListRoleGrants", async () => await access.ListRoleGrantsAsync(messages.Next<Contracts.Identity.V1.ListRoleGrantsRequest>())),
            ("GetCaller", async () => await access.GetCallerAsync(messages.Next<Contracts.Identity.V1.GetCallerRequest>())),
        };
        Assert.Equal(Contracts.Identity.V1.AccessService.Descriptor.Methods.Count, calls.Length);

        async Task<string> Snapshot() => $"{await access.ListRoleGrantsAsync(new Contracts.Identity.V1.ListRoleGrantsRequest())}";

        await PlayAsync("access", calls, Snapshot, seed);
    }

    [Fact]
    public async Task Random_requests_to_every_budget_rpc_get_a_clear_status_and_refused_ones_change_nothing()
    {
        var target = Federations.NewId("fuzzb");
        await system.Funding.CreateFederationAsync(new CreateFederationRequest { FederationId = target, Federation = Federations.Sundsvall() });
        var budget = system.Budget;
        await budget.CreateBudgetAsync(new Contracts.Budget.V1.CreateBudgetRequest
        {
            Parent = $"federations/{target}",
            Budget = new Contracts.Budget.V1.Budget { FirstYear = 2022 },
        });

        var seed = FuzzSeed();
        var messages = new RandomMessages(new Random(seed), target);
        var calls = new (string Rpc, Func<Task<IMessage>> Call)[]
        {
            ("CreateBudget", async () => await budget.CreateBudgetAsync(messages.Next<Contracts.Budget.V1.CreateBudgetRequest>())),
            ("GetBudget", async () => await budget.GetBudgetAsync(messages.Next<Contracts.Budget.V1.GetBudgetRequest>())),
            ("UpdateBudget", async () => await budget.UpdateBudgetAsync(messages.Next<Contracts.Budget.V1.UpdateBudgetRequest>())),
            ("ProposeBudget", async () => await budget.ProposeBudgetAsync(messages.Next<Contracts.Budget.V1.ProposeBudgetRequest>())),
            ("AdoptBudget", async () => await budget.AdoptBudgetAsync(messages.Next<Contracts.Budget.V1.AdoptBudgetRequest>())),
            ("ReviseBudget", async () => await budget.ReviseBudgetAsync(messages.Next<Contracts.Budget.V1.ReviseBudgetRequest>())),
            ("ListBudgetVersions", async () => await budget.ListBudgetVersionsAsync(messages.Next<Contracts.Budget.V1.ListBudgetVersionsRequest>())),
            ("ComputeBudget", async () => await budget.ComputeBudgetAsync(messages.Next<Contracts.Budget.V1.ComputeBudgetRequest>())),
            ("ComputeBudgetDraft", async () => await budget.ComputeBudgetDraftAsync(messages.Next<Contracts.Budget.V1.ComputeBudgetDraftRequest>())),
            ("CompareScenario", async () => await budget.CompareScenarioAsync(messages.Next<Contracts.Budget.V1.CompareScenarioRequest>())),
            ("RollUp", async () => await budget.RollUpAsync(messages.Next<Contracts.Budget.V1.RollUpRequest>())),
            ("SetFinancialGoals", async () => await budget.SetFinancialGoalsAsync(messages.Next<Contracts.Budget.V1.SetFinancialGoalsRequest>())),
            ("GetFinancialGoals", async () => await budget.GetFinancialGoalsAsync(messages.Next<Contracts.Budget.V1.GetFinancialGoalsRequest>())),
            ("ImportActuals", async () => await budget.ImportActualsAsync(messages.Next<Contracts.Budget.V1.ImportActualsRequest>())),
            ("GetYearActuals", async () => await budget.GetYearActualsAsync(messages.Next<Contracts.Budget.V1.GetYearActualsRequest>())),
            ("SetActualsMapping", async () => await budget.SetActualsMappingAsync(messages.Next<Contracts.Budget.V1.SetActualsMappingRequest>())),
            ("GetActualsMapping", async () => await budget.GetActualsMappingAsync(messages.Next<Contracts.Budget.V1.GetActualsMappingRequest>())),
            ("GetFollowUp", async () => await budget.GetFollowUpAsync(messages.Next<Contracts.Budget.V1.GetFollowUpRequest>())),
            ("SaveForecast", async () => await budget.SaveForecastAsync(messages.Next<Contracts.Budget.V1.SaveForecastRequest>())),
            ("CloseYear", async () => await budget.CloseYearAsync(messages.Next<Contracts.Budget.V1.CloseYearRequest>())),
            ("ReopenYear", async () => await budget.ReopenYearAsync(messages.Next<Contracts.Budget.V1.ReopenYearRequest>())),
            ("ListAuditRecords", async () => await budget.ListAuditRecordsAsync(messages.Next<Contracts.Common.V1.ListAuditRecordsRequest>())),
        };
        Assert.Equal(Contracts.Budget.V1.BudgetService.Descriptor.Methods.Count, calls.Length);

        async Task<string> Snapshot() =>
            $"{await budget.GetBudgetAsync(new Contracts.Budget.V1.GetBudgetRequest { Name = $"federations/{target}/budgets/2022" })}" +
            $"{await budget.GetFinancialGoalsAsync(new Contracts.Budget.V1.GetFinancialGoalsRequest { Name = $"federations/{target}/financialGoals" })}";

        await PlayAsync("budget", calls, Snapshot, seed);
    }

    [Fact]
    public async Task Random_requests_to_every_documents_rpc_get_a_clear_status_and_refused_ones_change_nothing()
    {
        var target = await Documents.SundsvallDocument.SetUpAsync(system);
        var documents = system.Documents;
        var seed = FuzzSeed();
        var messages = new RandomMessages(new Random(seed), target);
        Func<Task<IMessage>> Streamed(Func<AsyncServerStreamingCall<Contracts.Documents.V1.DocumentChunk>> call) => async () =>
        {
            await Documents.DocumentFile.ReadAsync(call());
            return new Google.Protobuf.WellKnownTypes.Empty();
        };
        var calls = new (string Rpc, Func<Task<IMessage>> Call)[]
        {
            ("GetDocumentTemplate", async () => await documents.GetDocumentTemplateAsync(messages.Next<Contracts.Documents.V1.GetDocumentTemplateRequest>())),
            ("UpdateDocumentTemplate", async () => await documents.UpdateDocumentTemplateAsync(messages.Next<Contracts.Documents.V1.UpdateDocumentTemplateRequest>())),
            ("GetPlanText", async () => await documents.GetPlanTextAsync(messages.Next<Contracts.Documents.V1.GetPlanTextRequest>())),
            ("UpdatePlanText", async () => await documents.UpdatePlanTextAsync(messages.Next<Contracts.Documents.V1.UpdatePlanTextRequest>())),
            ("RenderDocument", Streamed(() => documents.RenderDocument(messages.Next<Contracts.Documents.V1.RenderDocumentRequest>()))),
            ("PreviewDocument", async () => await documents.PreviewDocumentAsync(messages.Next<Contracts.Documents.V1.PreviewDocumentRequest>())),
            ("PreviewDocumentDraft", async () => await documents.PreviewDocumentDraftAsync(messages.Next<Contracts.Documents.V1.PreviewDocumentDraftRequest>())),
            ("PublishDocument", async () => await documents.PublishDocumentAsync(messages.Next<Contracts.Documents.V1.PublishDocumentRequest>())),
            ("ListDocumentVersions", async () => await documents.ListDocumentVersionsAsync(messages.Next<Contracts.Documents.V1.ListDocumentVersionsRequest>())),
            ("ListPublishedDocuments", async () => await documents.ListPublishedDocumentsAsync(messages.Next<Contracts.Documents.V1.ListPublishedDocumentsRequest>())),
            ("GetDocumentVersion", async () => await documents.GetDocumentVersionAsync(messages.Next<Contracts.Documents.V1.GetDocumentVersionRequest>())),
            ("DownloadDocumentVersion", Streamed(() => documents.DownloadDocumentVersion(messages.Next<Contracts.Documents.V1.DownloadDocumentVersionRequest>()))),
            ("ListAuditRecords", async () => await documents.ListAuditRecordsAsync(messages.Next<ListAuditRecordsRequest>())),
        };
        Assert.Equal(Contracts.Documents.V1.DocumentService.Descriptor.Methods.Count, calls.Length);

        async Task<string> Snapshot() =>
            $"{await documents.GetDocumentTemplateAsync(new Contracts.Documents.V1.GetDocumentTemplateRequest { Name = $"federations/{target}/documentTemplate" })}" +
            $"{await documents.GetPlanTextAsync(new Contracts.Documents.V1.GetPlanTextRequest { Name = $"federations/{target}/planTexts/2022" })}" +
            $"{await documents.ListDocumentVersionsAsync(new Contracts.Documents.V1.ListDocumentVersionsRequest { Parent = $"federations/{target}/documents/2022" })}";

        await PlayAsync("documents", calls, Snapshot, seed);
    }

    [Theory]
    [InlineData("/v1/federations", "{")]
    [InlineData("/v1/federations", "[1,2,3]")]
    [InlineData("/v1/federations", "{\"members\": \"not a list\"}")]
    [InlineData("/v1/federations/x/allocations", "{\"year\": \"twenty\"}")]
    [InlineData("/v1/federations/x/allocations", "{\"state_amount_ore\": 1e400}")]
    [InlineData("/v1/federations/x/allocations", "{\"status\": \"ALLOCATION_STATUS_MAYBE\"}")]
    public async Task Malformed_json_is_a_bad_request_not_a_server_error(string path, string body)
    {
        var response = await system.Json.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    // Each RPC gets its random messages; a refused one must leave the snapshot as it was.
    private static async Task PlayAsync(string service, (string Rpc, Func<Task<IMessage>> Call)[] calls, Func<Task<string>> snapshot, int seed)
    {
        var tried = 0;
        // Read once a message: the state after one message is the state before the next.
        var stored = await snapshot();
        foreach (var (rpc, call) in calls)
        {
            for (var i = 0; i < MessagesPerRpc; i++, tried++)
            {
                RpcException? refused = null;
                try
                {
                    await call();
                }
                catch (RpcException failure)
                {
                    Assert.False(Broken.Contains(failure.StatusCode), $"{rpc} answered {failure.StatusCode}: {failure.Status.Detail} (seed {seed})");
                    refused = failure;
                }
                var now = await snapshot();
                Assert.True(refused is null || stored == now, $"A refused {rpc} ({refused?.StatusCode}) changed what {service} stores (seed {seed}).");
                stored = now;
            }
        }
        TestContext.Current.TestOutputHelper?.WriteLine($"{tried} random messages to {service} (seed {seed}).");
    }

    // A failure names its seed; FINSAM_FUZZ_SEED replays it.
    private static int FuzzSeed() =>
        int.TryParse(Environment.GetEnvironmentVariable("FINSAM_FUZZ_SEED"), out var seed) ? seed : Environment.TickCount;

    private async Task<string> SnapshotAsync(string id)
    {
        var name = $"federations/{id}";
        var federation = await system.Funding.GetFederationAsync(new GetFederationRequest { Name = name });
        var allocations = await system.Funding.ListAllocationsAsync(new ListAllocationsRequest { Parent = name });
        var trail = await system.Funding.ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = name, PageSize = 1000 });
        return $"{federation}\n{allocations}\n{trail.Records.Count}";
    }
}
