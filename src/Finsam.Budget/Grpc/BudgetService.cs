using System.Globalization;
using Finsam.Budget.Data;
using Finsam.Contracts.Common.V1;
using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceDefaults.Security;
using Finsam.ServiceKit.Security;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Contract = Finsam.Contracts.Budget.V1;
using FundingClient = Finsam.Contracts.Funding.V1.FundingService.FundingServiceClient;
using GrantsClient = Finsam.Contracts.Grants.V1.GrantsService.GrantsServiceClient;

namespace Finsam.Budget.Grpc;

// Budgets and their life: draft → proposed → adopted (locked, kept), revised as a new
// version beside the adopted one. ComputeBudget is in BudgetService.Compute.cs.
public sealed partial class BudgetService(BudgetDbContext db, FundingClient funding, GrantsClient grants, TimeProvider clock, ILogger<BudgetService> logger)
    : Contract.BudgetService.BudgetServiceBase
{
    private const string Draft = "DRAFT";
    private const string Proposed = "PROPOSED";
    private const string Adopted = "ADOPTED";
    private static readonly string[] Updatable = ["cost_groups", "opening_equity_ore", "balance", "forecast", "stated_figures"];

    private int LastYear => clock.GetUtcNow().Year + 10;

    public override Task<ListAuditRecordsResponse> ListAuditRecords(ListAuditRecordsRequest request, ServerCallContext context) =>
        AuditTrailPages.ListAsync(db, context.Federation(), request, context.CancellationToken);

    public override async Task<Contract.Budget> CreateBudget(Contract.CreateBudgetRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        ResourceNamePattern.Match(request.Parent, "federations/*", "parent", violations);
        if (request.Budget is null)
        {
            violations.Add("budget", ViolationReason.Required, "Required.");
        }
        else
        {
            BudgetValidator.Validate(request.Budget, "budget", LastYear, violations);
        }
        violations.ThrowIfAny();

        var federationId = context.FederationId();
        var ct = context.CancellationToken;
        // Funding owns the federations: asking it, as the caller, tells whether this one exists.
        await funding.GetFederationAsync(new() { Name = request.Parent }, cancellationToken: ct);
        if (await db.Budgets.AnyAsync(b => b.FederationId == federationId && b.FirstYear == request.Budget!.FirstYear, ct))
        {
            throw GrpcErrors.AlreadyExists($"{request.Parent}/budgets/{request.Budget!.FirstYear}");
        }

        var entity = new BudgetEntity
        {
            FederationId = federationId,
            FirstYear = request.Budget!.FirstYear,
            Status = Draft,
            Version = 1,
            DocumentJson = JsonFormatter.Default.Format(Entered(request.Budget)),
        };
        db.Budgets.Add(entity);
        db.Record(context, clock, federationId, NameOf(entity), before: null, after: ToContract(entity));
        await db.SaveChangesAsync(ct);
        return ToContract(entity);
    }

    public override async Task<Contract.Budget> GetBudget(Contract.GetBudgetRequest request, ServerCallContext context)
    {
        var year = ParseBudget(request.Name, "name");
        var federationId = context.FederationId();
        return ToContract(await RequireAsync(federationId, year, context.CancellationToken));
    }

    public override async Task<Contract.Budget> UpdateBudget(Contract.UpdateBudgetRequest request, ServerCallContext context)
    {
        if (request.Budget is null)
        {
            FieldViolations.Throw("budget", ViolationReason.Required, "Required.");
        }
        var year = ParseBudget(request.Budget!.Name, "budget.name");
        var federationId = context.FederationId();
        var violations = new FieldViolations();
        var paths = UpdateMasks.Resolve(request.UpdateMask, Updatable, "update_mask", violations);
        violations.ThrowIfAny();

        var ct = context.CancellationToken;
        var entity = await RequireAsync(federationId, year, ct);
        RequireChangeable(entity);
        var before = ToContract(entity);
        var proposed = before.Clone();
        UpdateMasks.Apply(proposed, request.Budget, paths);
        BudgetValidator.Validate(proposed, "budget", LastYear, violations);
        violations.ThrowIfAny();

        db.ExpectEtag(entity, e => e.RowVersion, request.Budget.Etag, request.Budget.Name);
        entity.DocumentJson = JsonFormatter.Default.Format(Entered(proposed));
        db.Record(context, clock, federationId, request.Budget.Name, before, ToContract(entity));
        await db.SaveChangesAsync(ct);
        return ToContract(entity);
    }

    public override async Task<Contract.Budget> ProposeBudget(Contract.ProposeBudgetRequest request, ServerCallContext context)
    {
        var year = ParseBudget(request.Name, "name");
        var federationId = context.FederationId();
        var ct = context.CancellationToken;
        var entity = await RequireAsync(federationId, year, ct);
        if (entity.Status != Draft)
        {
            throw GrpcErrors.FailedPrecondition(request.Name, $"Only a draft can be proposed; this budget is {entity.Status.ToLowerInvariant()}.");
        }
        return await MoveAsync(entity, Proposed, request.Etag, request.Name, context);
    }

    public override async Task<Contract.Budget> AdoptBudget(Contract.AdoptBudgetRequest request, ServerCallContext context)
    {
        var year = ParseBudget(request.Name, "name");
        var federationId = context.FederationId();
        var violations = new FieldViolations();
        var adoptedOn = DateOnly.TryParseExact(request.AdoptedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : (DateOnly?)null;
        violations.AddWhen(adoptedOn is null, "adopted_on", ViolationReason.InvalidFormat, "Expected the board meeting's date as YYYY-MM-DD.");
        violations.AddWhen(string.IsNullOrWhiteSpace(request.ReferenceNumber), "reference_number", ViolationReason.Required, "The reference number (diarienummer) is required.");
        violations.AddWhen(request.ReferenceNumber.Length > 100, "reference_number", ViolationReason.TooLong, "At most 100 characters.");
        violations.ThrowIfAny();

        var ct = context.CancellationToken;
        var entity = await RequireAsync(federationId, year, ct);
        if (entity.Status == Adopted)
        {
            throw GrpcErrors.FailedPrecondition(request.Name, "This version is already adopted; revise it to change it.");
        }
        db.ExpectEtag(entity, e => e.RowVersion, request.Etag, request.Name);
        var adopted = ToContract(entity);
        adopted.Status = Contract.BudgetStatus.Adopted;
        adopted.AdoptedOn = request.AdoptedOn;
        adopted.ReferenceNumber = request.ReferenceNumber.Trim();
        adopted.Etag = "";
        db.AdoptedBudgets.Add(new AdoptedBudgetEntity
        {
            FederationId = federationId,
            FirstYear = year,
            Version = entity.Version,
            AdoptedOn = adoptedOn!.Value,
            ReferenceNumber = adopted.ReferenceNumber,
            DocumentJson = JsonFormatter.Default.Format(adopted),
            CreateTime = clock.GetUtcNow(),
        });
        // The working budget shows its adoption too: a document's title page names it.
        var document = Contract.Budget.Parser.ParseJson(entity.DocumentJson);
        document.AdoptedOn = adopted.AdoptedOn;
        document.ReferenceNumber = adopted.ReferenceNumber;
        entity.DocumentJson = JsonFormatter.Default.Format(document);
        return await MoveAsync(entity, Adopted, "", request.Name, context);
    }

    public override async Task<Contract.Budget> ReviseBudget(Contract.ReviseBudgetRequest request, ServerCallContext context)
    {
        var year = ParseBudget(request.Name, "name");
        var federationId = context.FederationId();
        var ct = context.CancellationToken;
        var entity = await RequireAsync(federationId, year, ct);
        if (entity.Status != Adopted)
        {
            throw GrpcErrors.FailedPrecondition(request.Name, "Only an adopted budget is revised; a draft or proposal can be changed as it is.");
        }
        entity.Version++;
        entity.DocumentJson = JsonFormatter.Default.Format(Entered(Contract.Budget.Parser.ParseJson(entity.DocumentJson)));
        return await MoveAsync(entity, Draft, request.Etag, request.Name, context);
    }

    public override async Task<Contract.ListBudgetVersionsResponse> ListBudgetVersions(Contract.ListBudgetVersionsRequest request, ServerCallContext context)
    {
        var year = ParseBudget(request.Parent, "parent");
        var federationId = context.FederationId();
        var ct = context.CancellationToken;
        await RequireAsync(federationId, year, ct);
        var versions = await db.AdoptedBudgets.AsNoTracking()
            .Where(b => b.FederationId == federationId && b.FirstYear == year)
            .OrderBy(b => b.Version)
            .ToListAsync(ct);
        var response = new Contract.ListBudgetVersionsResponse();
        response.Versions.AddRange(versions.Select(v => Contract.Budget.Parser.ParseJson(v.DocumentJson)));
        return response;
    }

    private async Task<Contract.Budget> MoveAsync(BudgetEntity entity, string status, string etag, string name, ServerCallContext context)
    {
        db.ExpectEtag(entity, e => e.RowVersion, etag, name);
        var before = ToContract(entity);
        entity.Status = status;
        db.Record(context, clock, entity.FederationId, name, before, ToContract(entity));
        await db.SaveChangesAsync(context.CancellationToken);
        return ToContract(entity);
    }

    private static void RequireChangeable(BudgetEntity entity)
    {
        if (entity.Status == Adopted)
        {
            throw GrpcErrors.FailedPrecondition(NameOf(entity), "An adopted budget is locked; revise it to make a new version.");
        }
    }

    private async Task<BudgetEntity> RequireAsync(string federationId, int year, CancellationToken ct) =>
        await db.Budgets.SingleOrDefaultAsync(b => b.FederationId == federationId && b.FirstYear == year, ct)
            ?? throw GrpcErrors.NotFound($"federations/{federationId}/budgets/{year}");

    // The year a budget name gives; its federation is the one the access check resolved.
    private static int ParseBudget(string name, string field)
    {
        var violations = new FieldViolations();
        var ids = ResourceNamePattern.Match(name, "federations/*/budgets/*", field, violations);
        var year = 0;
        if (ids is not null && !int.TryParse(ids[1], NumberStyles.None, CultureInfo.InvariantCulture, out year))
        {
            violations.Add(field, ViolationReason.InvalidValue, "A budget is named by its first year.");
        }
        violations.ThrowIfAny();
        return year;
    }

    private static string NameOf(BudgetEntity entity) => $"federations/{entity.FederationId}/budgets/{entity.FirstYear}";

    // Only what the federation enters is stored in the document.
    private static Contract.Budget Entered(Contract.Budget budget)
    {
        var entered = budget.Clone();
        entered.Name = "";
        entered.Status = Contract.BudgetStatus.Unspecified;
        entered.Version = 0;
        entered.AdoptedOn = "";
        entered.ReferenceNumber = "";
        entered.Etag = "";
        return entered;
    }

    private static Contract.Budget ToContract(BudgetEntity entity)
    {
        var budget = Contract.Budget.Parser.ParseJson(entity.DocumentJson);
        budget.Name = NameOf(entity);
        budget.FirstYear = entity.FirstYear;
        budget.Status = entity.Status switch
        {
            Adopted => Contract.BudgetStatus.Adopted,
            Proposed => Contract.BudgetStatus.Proposed,
            _ => Contract.BudgetStatus.Draft,
        };
        budget.Version = entity.Version;
        budget.Etag = entity.RowVersion.ToString(CultureInfo.InvariantCulture);
        return budget;
    }
}
