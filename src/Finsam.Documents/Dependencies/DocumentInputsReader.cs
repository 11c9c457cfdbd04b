using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Documents.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.ServiceKit.Grpc;
using Grpc.Core;
using BudgetClient = Finsam.Contracts.Budget.V1.BudgetService.BudgetServiceClient;
using FundingClient = Finsam.Contracts.Funding.V1.FundingService.FundingServiceClient;
using GrantsClient = Finsam.Contracts.Grants.V1.GrantsService.GrantsServiceClient;

namespace Finsam.Documents.Dependencies;

// Gathers a year's figures from the services that own them, as the caller (whose token
// and deadline travel along): the budget and its report, the federation and its
// allocation, the efforts granted for the year, the money decided for them and the decisions;
// for an annual report also the year's actuals against the budget, the closed books and the
// participants. The calls are independent and made at once.
public sealed class DocumentInputsReader(FundingClient funding, GrantsClient grants, BudgetClient budget)
{
    private const int MostPlanYears = 3;

    public async Task<DocumentInputs> ReadAsync(string federationId, DocumentKind kind, int year, DocumentTemplate template, PlanText text, CancellationToken ct)
    {
        var parent = DocumentNames.Federation.Format(federationId);
        var budgetName = DocumentNames.Budget.Format(federationId, year);
        var allocationName = DocumentNames.Allocation.Format(federationId, year);
        var federation = funding.GetFederationAsync(new() { Name = parent }, cancellationToken: ct).ResponseAsync;
        var allocation = Required(funding.GetAllocationAsync(new() { Name = allocationName }, cancellationToken: ct).ResponseAsync, allocationName);
        var stored = Required(budget.GetBudgetAsync(new() { Name = budgetName }, cancellationToken: ct).ResponseAsync, budgetName);
        var report = Required(budget.ComputeBudgetAsync(new() { Name = budgetName }, cancellationToken: ct).ResponseAsync, budgetName);
        var efforts = GrantedEffortsAsync(parent, year, ct);
        // A budget has at most three years: the decided money of every year it may show.
        var decided = grants.GetEffortCostsAsync(new() { Parent = parent, FirstYear = year, LastYear = year + MostPlanYears - 1 }, cancellationToken: ct).ResponseAsync;
        var decisions = grants.ListDecisionsAsync(new() { Parent = parent }, cancellationToken: ct).ResponseAsync;
        var annualReport = kind == DocumentKind.AnnualReport
            ? AnnualReportFiguresAsync(federationId, year, ct)
            : Task.FromResult<AnnualReportFigures?>(null);
        await Task.WhenAll(federation, allocation, stored, report, efforts, decided, decisions, annualReport);

        var inputs = new DocumentInputs
        {
            Kind = kind,
            Year = year,
            Template = template,
            PlanText = text,
            Federation = await federation,
            Allocation = await allocation,
            Budget = await stored,
            BudgetReport = await report,
            EffortCosts = await decided,
        };
        inputs.Efforts.AddRange(await efforts);
        inputs.Decisions.AddRange((await decisions).Decisions);
        if (await annualReport is { } figures)
        {
            inputs.FollowUp = figures.FollowUp;
            inputs.Closing = figures.Actuals?.Closing;
            inputs.Participants = figures.Participants;
            inputs.Balances.AddRange(figures.Actuals?.Balances ?? []);
            inputs.HasOpeningBalances = figures.Actuals?.HasOpeningBalances ?? false;
        }
        return inputs;
    }

    private sealed record AnnualReportFigures(BudgetFollowUp FollowUp, YearActuals? Actuals, ParticipantSummary Participants);

    // The whole financial year against the adopted budget, the books (their closing where the
    // year is closed: an open year's report is a draft) and the year's participants.
    private async Task<AnnualReportFigures?> AnnualReportFiguresAsync(string federationId, int year, CancellationToken ct)
    {
        var participants = grants.SummarizeParticipantsAsync(new() { Parent = DocumentNames.Federation.Format(federationId), Year = year }, cancellationToken: ct).ResponseAsync;
        var books = BooksAsync(federationId, year, ct);
        var followUp = WholeYearAsync(federationId, year, ct);
        await Task.WhenAll(participants, books, followUp);
        return new AnnualReportFigures(await followUp, await books, await participants);
    }

    // Through the year's last month: asked for again when the actuals stop earlier.
    private async Task<BudgetFollowUp> WholeYearAsync(string federationId, int year, CancellationToken ct)
    {
        var name = DocumentNames.FollowUp.Format(federationId, year);
        var followUp = await Required(budget.GetFollowUpAsync(new() { Name = name }, cancellationToken: ct).ResponseAsync, name);
        return followUp.Months.Count > 0 && followUp.ThroughMonth != followUp.Months[^1]
            ? await budget.GetFollowUpAsync(new() { Name = name, ThroughMonth = followUp.Months[^1] }, cancellationToken: ct)
            : followUp;
    }

    private async Task<YearActuals?> BooksAsync(string federationId, int year, CancellationToken ct)
    {
        try
        {
            return await budget.GetYearActualsAsync(new() { Name = DocumentNames.YearActuals.Format(federationId, year) }, cancellationToken: ct);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            return null;
        }
    }

    // The year's budget and allocation are what a document is made from: without them
    // there is nothing to render yet, which is a state to change, not a wrong request.
    private static async Task<T> Required<T>(Task<T> call, string name)
    {
        try
        {
            return await call;
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            throw GrpcErrors.FailedPrecondition(name, $"There is no {name} yet: the document is made from it.");
        }
    }

    private async Task<List<Effort>> GrantedEffortsAsync(string parent, int year, CancellationToken ct)
    {
        var efforts = new List<Effort>();
        var request = new ListEffortsRequest { Parent = parent, Year = year, PageSize = 100 };
        do
        {
            var page = await grants.ListEffortsAsync(request, cancellationToken: ct);
            efforts.AddRange(page.Efforts.Where(e => e.Status is EffortStatus.Granted or EffortStatus.Running));
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);
        return [.. efforts.OrderBy(e => e.Name, StringComparer.Ordinal)];
    }
}
