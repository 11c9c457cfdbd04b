using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Common.V1;
using Finsam.Contracts.Documents.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.Contracts.Identity.V1;
using Finsam.SystemTests.Documents;
using Finsam.SystemTests.Infrastructure;
using Google.Protobuf;
using BudgetMessage = Finsam.Contracts.Budget.V1.Budget;

namespace Finsam.SystemTests.Security;

// A federation with something of everything (Sundsvall's funding, efforts, adopted budget and
// plan, invoices raised, other income) and one request per RPC of every service that succeeds
// for a caller of that federation. The requests are in an order in which each one succeeds
// after those before it: later ones build on what earlier ones made.
public sealed class ValidRequests(string federationId, string otherIncome, string emptyFederationId)
{
    public string FederationId { get; } = federationId;

    public static async Task<ValidRequests> SetUpAsync(FinsamSystem system)
    {
        var id = await SundsvallDocument.SetUpAsync(system);
        var parent = $"federations/{id}";
        var income = await system.Funding.CreateOtherIncomeAsync(new CreateOtherIncomeRequest
        {
            Parent = parent,
            OtherIncome = new OtherIncome { Year = 2023, Kind = OtherIncomeKind.Other, AmountOre = 100, Note = "Felaktigt bokförd" },
        });
        await system.Funding.SetInstalmentPlanAsync(new SetInstalmentPlanRequest { InstalmentPlan = new InstalmentPlan { Name = $"{parent}/instalmentPlans/2022", Frequency = InstalmentFrequency.Quarterly } });
        await system.Funding.RaiseInvoicesAsync(new RaiseInvoicesRequest { InstalmentPlan = $"{parent}/instalmentPlans/2022" });
        // In the catalogue, so that its entry answers anyone.
        await system.Grants.UpdateEffortAsync(new UpdateEffortRequest { Effort = new Effort { Name = $"{parent}/efforts/sip-samordnare", Public = true }, UpdateMask = new() { Paths = { "public" } } });
        await system.Grants.CreateEffortAsync(new CreateEffortRequest { Parent = parent, EffortId = "utkast", Effort = new Effort { DisplayName = "Ett utkast", Kind = EffortKind.Structural } });
        var empty = Federations.NewId("tom");
        await system.Funding.CreateFederationAsync(new CreateFederationRequest { FederationId = empty, Federation = Federations.Sundsvall() });
        return new ValidRequests(id, income.Name, empty);
    }

    public IReadOnlyList<(string Service, string Method, IMessage Request)> InOrder()
    {
        var f = $"federations/{FederationId}";
        var sip = $"{f}/efforts/sip-samordnare";
        var newEffort = $"{f}/efforts/ny-insats";
        return
        [
            Funding("CreateFederation", new CreateFederationRequest { FederationId = Federations.NewId("ny"), Federation = Federations.Sundsvall() }),
            Funding("GetFederation", new GetFederationRequest { Name = f }),
            Funding("ListFederations", new ListFederationsRequest()),
            Funding("ListPublicFederations", new ListPublicFederationsRequest()),
            Funding("UpdateFederation", new UpdateFederationRequest { Federation = new Federation { Name = f, DisplayName = "Samordningsförbundet i test" }, UpdateMask = new() { Paths = { "display_name" } } }),
            Funding("CreateAllocation", new CreateAllocationRequest { Parent = f, Allocation = new Allocation { Year = 2025, StateAmountOre = 100_000_000, Status = AllocationStatus.Preliminary } }),
            Funding("GetAllocation", new GetAllocationRequest { Name = $"{f}/allocations/2022" }),
            Funding("ListAllocations", new ListAllocationsRequest { Parent = f }),
            Funding("UpdateAllocation", new UpdateAllocationRequest { Allocation = new Allocation { Name = $"{f}/allocations/2025", StateAmountOre = 110_000_000 }, UpdateMask = new() { Paths = { "state_amount_ore" } } }),
            Funding("GetContributions", new GetContributionsRequest { Name = $"{f}/contributions/2022" }),
            Funding("GetIncome", new GetIncomeRequest { Parent = f, FirstYear = 2022, LastYear = 2024 }),
            Funding("BatchGetIncome", new BatchGetIncomeRequest { Parents = { f }, FirstYear = 2022, LastYear = 2024 }),
            Funding("AnnounceAllocation", new AnnounceAllocationRequest
            {
                Allocation = $"{f}/allocations/2025",
                Announcement = new Announcement { Kind = AnnouncementKind.Decision, StateAmountOre = 120_000_000, AnnouncedOn = "2024-12-15", Source = "Försäkringskassans beslut" },
            }),
            Funding("ListAnnouncements", new ListAnnouncementsRequest { Parent = $"{f}/allocations/2025" }),
            Funding("SetCommitment", new SetCommitmentRequest { Commitment = new Commitment { Name = $"{f}/allocations/2025/commitments/sundsvalls-kommun", CommittedOre = 60_000_000 } }),
            Funding("ListCommitments", new ListCommitmentsRequest { Parent = $"{f}/allocations/2025" }),
            Funding("CreateOtherIncome", new CreateOtherIncomeRequest { Parent = f, OtherIncome = new OtherIncome { Year = 2025, Kind = OtherIncomeKind.Interest, AmountOre = 5_000 } }),
            Funding("ListOtherIncome", new ListOtherIncomeRequest { Parent = f }),
            Funding("DeleteOtherIncome", new DeleteOtherIncomeRequest { Name = otherIncome }),
            Funding("SetInstalmentPlan", new SetInstalmentPlanRequest { InstalmentPlan = new InstalmentPlan { Name = $"{f}/instalmentPlans/2025", Frequency = InstalmentFrequency.HalfYearly } }),
            Funding("RaiseInvoices", new RaiseInvoicesRequest { InstalmentPlan = $"{f}/instalmentPlans/2022" }),
            Funding("ListInvoices", new ListInvoicesRequest { Parent = f }),
            Funding("RecordPayment", new RecordPaymentRequest
            {
                Invoice = $"{f}/invoices/2022-sundsvalls-kommun-1",
                Payment = new Payment { AmountOre = 10_000, PaidOn = "2022-02-01", Reference = "Bankgiro" },
                RequestId = Guid.NewGuid().ToString(),
            }),
            Funding("GetOutstanding", new GetOutstandingRequest { Name = $"{f}/outstanding/2022" }),
            Funding("DistributeStateAllocation", new DistributeStateAllocationRequest
            {
                NationalTotalOre = 100_000_000,
                Federations = { new FederationMeasures { Federation = f, Population1664 = 1_000, SupportMeasure = 10 } },
            }),
            Funding("ListAuditRecords", new ListAuditRecordsRequest { Parent = f }),

            Grants("CreateEffort", new CreateEffortRequest { Parent = f, EffortId = "ny-insats", Effort = new Effort { DisplayName = "Ny insats", Kind = EffortKind.Individual } }),
            Grants("GetEffort", new GetEffortRequest { Name = sip }),
            Grants("ListEfforts", new ListEffortsRequest { Parent = f }),
            Grants("UpdateEffort", new UpdateEffortRequest { Effort = new Effort { Name = newEffort, DisplayName = "Ny insats, omdöpt", Kind = EffortKind.Individual }, UpdateMask = new() { Paths = { "display_name" } } }),
            Grants("TransitionEffort", new TransitionEffortRequest { Name = newEffort, Status = EffortStatus.Applied }),
            Grants("CreateDecision", new CreateDecisionRequest { Parent = f, Decision = new Decision { DecidedOn = "2024-11-20", ReferenceNumber = "Dnr 2024/7", Effort = newEffort, Granted = { new GrantedYear { Year = 2025, AmountOre = 100_000_000 } } } }),
            Grants("ListDecisions", new ListDecisionsRequest { Parent = f, Effort = sip }),
            Grants("SetReservation", new SetReservationRequest { Reservation = new Reservation { Name = $"{f}/reservations/2025", AmountOre = 1_000_000, Label = "Nya insatser" } }),
            Grants("ListReservations", new ListReservationsRequest { Parent = f }),
            Grants("SetFollowUp", new SetFollowUpRequest { FollowUp = new FollowUp { Name = $"{sip}/followUps/2022", PlannedParticipants = 20, ActualParticipants = 18, FinishedToWork = 5 } }),
            Grants("CompareFollowUp", new CompareFollowUpRequest { Name = $"{sip}/followUps/2022" }),
            Grants("ImportParticipants", new ImportParticipantsRequest { Parent = f, Year = 2022, Content = ByteString.CopyFromUtf8("Insats;Startade;Kvinnor;Män\nsip-samordnare;12;7;5\n") }),
            Grants("SummarizeParticipants", new SummarizeParticipantsRequest { Parent = f, Year = 2022 }),
            Grants("SummarizeRegionParticipants", new SummarizeRegionParticipantsRequest { Year = 2022 }),
            Grants("GetEffortCosts", new GetEffortCostsRequest { Parent = f, FirstYear = 2022, LastYear = 2024 }),
            Grants("BatchGetEffortCosts", new BatchGetEffortCostsRequest { Parents = { f }, FirstYear = 2022, LastYear = 2024 }),
            Grants("SearchCatalogue", new SearchCatalogueRequest { Query = "samordnare" }),
            Grants("GetCatalogueEntry", new GetCatalogueEntryRequest { Effort = sip }),
            Grants("DeleteEffort", new DeleteEffortRequest { Name = $"{f}/efforts/utkast" }),
            Grants("ListAuditRecords", new ListAuditRecordsRequest { Parent = f }),

            // One year, with the year's decided and reserved money in one group: adoptable on 2025's allocation alone.
            Budget("CreateBudget", new CreateBudgetRequest
            {
                Parent = f,
                Budget = new BudgetMessage
                {
                    FirstYear = 2025,
                    PlanYears = 1,
                    OpeningEquityOre = 100_000_000,
                    CostGroups = { new CostGroupInput { Key = "insatser", Label = "Insatser", Source = CostGroupSource.DecidedAndReserved } },
                },
            }),
            Budget("GetBudget", new GetBudgetRequest { Name = $"{f}/budgets/2022" }),
            Budget("UpdateBudget", new UpdateBudgetRequest { Budget = new BudgetMessage { Name = $"{f}/budgets/2025", FirstYear = 2025, OpeningEquityOre = 90_000_000 }, UpdateMask = new() { Paths = { "opening_equity_ore" } } }),
            Budget("ProposeBudget", new ProposeBudgetRequest { Name = $"{f}/budgets/2025" }),
            Budget("AdoptBudget", new AdoptBudgetRequest { Name = $"{f}/budgets/2025", AdoptedOn = "2024-11-28", ReferenceNumber = "Dnr 2024/9" }),
            Budget("ReviseBudget", new ReviseBudgetRequest { Name = $"{f}/budgets/2025" }),
            Budget("ListBudgetVersions", new ListBudgetVersionsRequest { Parent = $"{f}/budgets/2025" }),
            // The revised 2025 budget as being edited, computed and not saved.
            Budget("ComputeBudgetDraft", new ComputeBudgetDraftRequest
            {
                Budget = new BudgetMessage
                {
                    Name = $"{f}/budgets/2025",
                    PlanYears = 1,
                    OpeningEquityOre = 80_000_000,
                    CostGroups = { new CostGroupInput { Key = "insatser", Label = "Insatser", Source = CostGroupSource.DecidedAndReserved } },
                },
                FinancialGoals = new FinancialGoals { Name = $"{f}/financialGoals", MinEquityOre = 40_000_000 },
            }),
            Budget("ComputeBudget", new ComputeBudgetRequest { Name = $"{f}/budgets/2022" }),
            Budget("CompareScenario", new CompareScenarioRequest { Name = $"{f}/budgets/2022", DisplayName = "Högre kostnad", Changes = { new ScenarioChange { Target = ScenarioTarget.Income, Key = "Försäkringskassan", Year = 2023, DeltaOre = 100_000 } } }),
            Budget("RollUp", new RollUpRequest { Year = 2022 }),
            Budget("SetFinancialGoals", new SetFinancialGoalsRequest { FinancialGoals = new FinancialGoals { Name = $"{f}/financialGoals", MinEquityOre = 40_000_000, MaxEquityShareBasisPoints = 2_000 } }),
            Budget("GetFinancialGoals", new GetFinancialGoalsRequest { Name = $"{f}/financialGoals" }),
            Budget("ImportActuals", new ImportActualsRequest { Parent = f, Year = 2022, FileName = "bokforing-2022.se", Content = Google.Protobuf.ByteString.CopyFrom(System.Text.Encoding.ASCII.GetBytes("#SIETYP 4\n#RAR 0 20220101 20221231\n#VER A 1 20220115\n{\n#TRANS 4010 {} 100\n#TRANS 1930 {} -100\n}\n")) }),
            Budget("GetYearActuals", new GetYearActualsRequest { Name = $"{f}/actuals/2022" }),
            Budget("SetActualsMapping", new SetActualsMappingRequest
            {
                ActualsMapping = new ActualsMapping
                {
                    Name = $"{f}/actualsMapping",
                    Accounts = { new AccountMappingRule { Prefix = "4", Row = "kansli" } },
                    Objects = { new ObjectMappingRule { Dimension = "6", Object = "1", Effort = sip } },
                },
            }),
            Budget("GetActualsMapping", new GetActualsMappingRequest { Name = $"{f}/actualsMapping" }),
            Budget("GetFollowUp", new GetFollowUpRequest { Name = $"{f}/followUps/2022" }),
            Budget("SaveForecast", new SaveForecastRequest { Parent = $"{f}/followUps/2022", ReportDate = "2022-04-30", ThroughMonth = "2022-04", EnteredOre = { ["contributions"] = 100 } }),
            Budget("CloseYear", new CloseYearRequest { Name = $"{f}/actuals/2022" }),
            Budget("ReopenYear", new ReopenYearRequest { Name = $"{f}/actuals/2022" }),
            Budget("ListAuditRecords", new ListAuditRecordsRequest { Parent = f }),

            Documents("GetDocumentTemplate", new GetDocumentTemplateRequest { Name = $"{f}/documentTemplate" }),
            Documents("UpdateDocumentTemplate", new UpdateDocumentTemplateRequest { Template = new DocumentTemplate { Name = $"{f}/documentTemplate", TableOfContents = false }, UpdateMask = new() { Paths = { "table_of_contents" } } }),
            Documents("GetPlanText", new GetPlanTextRequest { Name = $"{f}/planTexts/2022" }),
            Documents("UpdatePlanText", new UpdatePlanTextRequest { PlanText = SundsvallPlan.Text(FederationId) }),
            Documents("RenderDocument", new RenderDocumentRequest { Name = $"{f}/documents/2022", Format = FileFormat.Html }),
            Documents("PreviewDocument", new PreviewDocumentRequest { Name = $"{f}/documents/2022", Format = FileFormat.Html }),
            Documents("PreviewDocumentDraft", new PreviewDocumentDraftRequest { Name = $"{f}/documents/2022", PlanText = SundsvallPlan.Text(FederationId) }),
            Documents("PublishDocument", new PublishDocumentRequest { Parent = $"{f}/documents/2022", RequestId = Guid.NewGuid().ToString() }),
            Documents("ListDocumentVersions", new ListDocumentVersionsRequest { Parent = $"{f}/documents/2022" }),
            Documents("ListPublishedDocuments", new ListPublishedDocumentsRequest { Parent = f }),
            Documents("GetDocumentVersion", new GetDocumentVersionRequest { Name = $"{f}/documents/2022/versions/1" }),
            Documents("DownloadDocumentVersion", new DownloadDocumentVersionRequest { Name = $"{f}/documents/2022/versions/1", Format = FileFormat.Html }),
            Documents("ListAuditRecords", new ListAuditRecordsRequest { Parent = f }),

            Access("CreateClient", new CreateClientRequest { ClientId = Federations.NewId("app"), Client = new Client { DisplayName = "En klientapp" } }),
            Access("CreatePerson", new CreatePersonRequest { Username = Federations.NewId("person"), Person = new Person { DisplayName = "Eva Ek" }, Password = "ett-långt-lösenord-för-eva" }),
            Access("GrantRole", new GrantRoleRequest { Grant = new RoleGrant { Principal = "clients/finsam-admin", Role = Role.Reader, Federation = f } }),
            Access("ListRoleGrants", new ListRoleGrantsRequest { Principal = "clients/finsam-admin" }),
            Access("RevokeRole", new RevokeRoleRequest { Grant = new RoleGrant { Principal = "clients/finsam-admin", Role = Role.Reader, Federation = f } }),
            Access("GetCaller", new GetCallerRequest()),

            // Last: the federation goes, and with it nothing the requests above need.
            Funding("DeleteFederation", new DeleteFederationRequest { Name = $"federations/{emptyFederationId}" }),
        ];
    }

    private static (string, string, IMessage) Funding(string method, IMessage request) => (FundingService.Descriptor.FullName, method, request);

    private static (string, string, IMessage) Grants(string method, IMessage request) => (GrantsService.Descriptor.FullName, method, request);

    private static (string, string, IMessage) Budget(string method, IMessage request) => (BudgetService.Descriptor.FullName, method, request);

    private static (string, string, IMessage) Documents(string method, IMessage request) => (DocumentService.Descriptor.FullName, method, request);

    private static (string, string, IMessage) Access(string method, IMessage request) => (AccessService.Descriptor.FullName, method, request);
}
