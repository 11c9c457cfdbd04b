using System.Globalization;
using Finsam.Budget.Dependencies;
using Finsam.Budget.Domain;
using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.Data;
using Finsam.ServiceKit.Grpc;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Data;

// Budgets and their adopted versions: every read and write, each write with its audit record.
public sealed class BudgetStore(BudgetDbContext db, TimeProvider clock)
{
    // What an update may replace; the rest is the service's (name, state, version, adoption)
    // or fixed at creation (the first year, which names the budget). A field added to the
    // contract must be placed on one side (BudgetStoreFieldsTests).
    internal static readonly string[] Updatable =
    [
        "cost_groups", "opening_equity_ore", "balance", "forecast", "stated_figures",
        "plan_years", "subtotals", "income_rows", "contributions_label", "costs_as_negative",
    ];

    public async Task<Contract.Budget> GetAsync(string federation, int year, CancellationToken ct) =>
        BudgetDocuments.ToContract(await db.Budgets.AsNoTracking().SingleOrDefaultAsync(b => b.FederationId == federation && b.FirstYear == year, ct)
            ?? throw GrpcErrors.NotFound(Names.Budget.Format(federation, year)));

    // A version to compute: the working one (0) or an adopted one.
    public async Task<ComputableBudget> ComputableAsync(string federation, int year, int version, CancellationToken ct)
    {
        var working = await db.Budgets.AsNoTracking().SingleOrDefaultAsync(b => b.FederationId == federation && b.FirstYear == year, ct)
            ?? throw GrpcErrors.NotFound(Names.Budget.Format(federation, year));
        if (version == 0 || (version == working.Version && working.Status == BudgetStatus.Adopted))
        {
            return new ComputableBudget(BudgetDocuments.ToContract(working), working.Status == BudgetStatus.Adopted ? working.AdoptedInputsJson : null);
        }
        var adopted = await db.AdoptedBudgets.AsNoTracking().SingleOrDefaultAsync(b => b.FederationId == federation && b.FirstYear == year && b.Version == version, ct)
            ?? throw GrpcErrors.NotFound($"{Names.Budget.Format(federation, year)}/versions/{version}");
        var budget = BudgetDocuments.Normalized(Contract.Budget.Parser.ParseJson(adopted.DocumentJson));
        budget.Name = Names.Budget.Format(federation, year);
        return new ComputableBudget(budget, adopted.InputsJson);
    }

    // The year's budget as the board last adopted it, with what it was adopted on: what the
    // year is followed up against, whatever drafts came after. None: never adopted (or adopted
    // before the inputs were kept with it).
    public async Task<(Contract.Budget Budget, ExternalFigures Inputs)?> LastAdoptedAsync(string federation, int year, CancellationToken ct)
    {
        var adopted = await db.AdoptedBudgets.AsNoTracking()
            .Where(b => b.FederationId == federation && b.FirstYear == year && b.InputsJson != null)
            .OrderByDescending(b => b.Version)
            .FirstOrDefaultAsync(ct);
        if (adopted is null)
        {
            return null;
        }
        var budget = BudgetDocuments.Normalized(Contract.Budget.Parser.ParseJson(adopted.DocumentJson));
        budget.Name = Names.Budget.Format(federation, year);
        return (budget, AdoptedInputs.Parse(adopted.InputsJson)!);
    }

    // The report stored with an adopted version when it was adopted; none for a version
    // adopted before reports were kept.
    public async Task<StoredReport?> AdoptedReportAsync(string federation, int year, int version, CancellationToken ct)
    {
        var stored = await db.AdoptedBudgets.AsNoTracking()
            .Where(b => b.FederationId == federation && b.FirstYear == year && b.Version == version)
            .Select(b => new { b.ReportKey, b.Report })
            .SingleOrDefaultAsync(ct);
        return stored is { ReportKey: { } key, Report: { } report } ? new StoredReport(key, report) : null;
    }

    // The budget to move through its life; saved by ProposeAsync, AdoptAsync or ReviseAsync.
    public async Task<BudgetEntity> LoadAsync(string federation, int year, CancellationToken ct) =>
        await db.Budgets.SingleOrDefaultAsync(b => b.FederationId == federation && b.FirstYear == year, ct)
            ?? throw GrpcErrors.NotFound(Names.Budget.Format(federation, year));

    // Every federation's budget that starts in the year, by federation, each adopted one with
    // what it was adopted on.
    public async Task<IReadOnlyList<(Contract.Budget Budget, ExternalFigures? AdoptedInputs)>> OfYearAsync(int firstYear, CancellationToken ct) =>
        (await db.Budgets.AsNoTracking().Where(b => b.FirstYear == firstYear).OrderBy(b => b.FederationId).ToListAsync(ct))
            .Select(b => (BudgetDocuments.ToContract(b), b.Status == BudgetStatus.Adopted ? AdoptedInputs.Parse(b.AdoptedInputsJson) : null))
            .ToList();

    public async Task<Contract.Budget> CreateAsync(ServerCallContext context, string federation, Contract.Budget budget)
    {
        var ct = context.CancellationToken;
        var name = Names.Budget.Format(federation, budget.FirstYear);
        if (await db.Budgets.AnyAsync(b => b.FederationId == federation && b.FirstYear == budget.FirstYear, ct))
        {
            throw GrpcErrors.AlreadyExists(name);
        }
        var entity = new BudgetEntity
        {
            FederationId = federation,
            FirstYear = budget.FirstYear,
            Status = BudgetStatus.Draft,
            Version = 1,
            DocumentJson = BudgetDocuments.Entered(budget),
        };
        db.Budgets.Add(entity);
        db.Record(context, clock, federation, name, before: null, after: BudgetDocuments.ToContract(entity));
        await db.SaveChangesAsync(ct);
        return BudgetDocuments.ToContract(entity);
    }

    // validate: judges the stored status and the budget as it would be after the update.
    public async Task<Contract.Budget> UpdateAsync(
        ServerCallContext context,
        string federation,
        int year,
        Contract.Budget changes,
        FieldMask? mask,
        Action<BudgetStatus, Contract.Budget, FieldViolations> validate)
    {
        var stored = await db.Budgets.SingleOrDefaultAsync(b => b.FederationId == federation && b.FirstYear == year, context.CancellationToken);
        var entity = await db.UpdateDocumentAsync(Update(federation, year, stored, changes, mask, validate), context, clock, context.CancellationToken);
        return BudgetDocuments.ToContract(entity);
    }

    // The budget as an update of every updatable field would leave it, judged as UpdateAsync
    // judges it, and read back as it would be; nothing is saved or audited.
    public async Task<Contract.Budget> DraftAsync(
        string federation,
        int year,
        Contract.Budget draft,
        Action<BudgetStatus, Contract.Budget, FieldViolations> validate,
        CancellationToken ct)
    {
        var stored = await db.Budgets.AsNoTracking().SingleOrDefaultAsync(b => b.FederationId == federation && b.FirstYear == year, ct);
        var (_, proposed) = Update(federation, year, stored, draft, mask: null, validate).Propose();
        return BudgetDocuments.Normalized(proposed);
    }

    private static DocumentUpdate<BudgetEntity, Contract.Budget> Update(
        string federation,
        int year,
        BudgetEntity? stored,
        Contract.Budget changes,
        FieldMask? mask,
        Action<BudgetStatus, Contract.Budget, FieldViolations> validate) =>
        new(
            federation,
            Names.Budget.Format(federation, year),
            stored,
            changes,
            mask,
            changes.Etag,
            Updatable,
            BudgetDocuments.ToContract,
            (proposed, violations) => validate(stored!.Status, proposed, violations),
            Create: () => throw new InvalidOperationException("A budget is created by CreateBudget, never by an update."))
        {
            // The document keeps only what the federation entered.
            Serialize = BudgetDocuments.Entered,
        };

    public Task<Contract.Budget> ProposeAsync(ServerCallContext context, BudgetEntity budget, string etag) =>
        MoveAsync(context, budget, BudgetStatus.Proposed, etag);

    // The version is kept as it was adopted; the working budget shows its adoption too (a
    // document's title page names it).
    // What funding and grants say on the day is kept with the adopted version, and its report
    // as computed from them (report: of the budget as adopted; null where it cannot be kept).
    public Task<Contract.Budget> AdoptAsync(
        ServerCallContext context,
        BudgetEntity budget,
        Adoption adoption,
        string etag,
        ExternalFigures inputs,
        Func<Contract.Budget, StoredReport?> report) =>
        MoveAsync(context, budget, BudgetStatus.Adopted, etag, () =>
        {
            var kept = AdoptedInputs.Serialize(inputs);
            var adopted = BudgetDocuments.ToContract(budget);
            adopted.Status = Contract.BudgetStatus.Adopted;
            adopted.AdoptedOn = adoption.On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            adopted.ReferenceNumber = adoption.ReferenceNumber;
            adopted.Etag = "";
            var computed = report(adopted);
            db.AdoptedBudgets.Add(new AdoptedBudgetEntity
            {
                FederationId = budget.FederationId,
                FirstYear = budget.FirstYear,
                Version = budget.Version,
                AdoptedOn = adoption.On,
                ReferenceNumber = adoption.ReferenceNumber,
                DocumentJson = JsonFormatter.Default.Format(adopted),
                InputsJson = kept,
                Report = computed?.Report,
                ReportKey = computed?.Key,
                CreateTime = clock.StoredNow(),
            });
            budget.AdoptedInputsJson = kept;
            var document = BudgetDocuments.Parse(budget);
            document.AdoptedOn = adopted.AdoptedOn;
            document.ReferenceNumber = adopted.ReferenceNumber;
            budget.DocumentJson = JsonFormatter.Default.Format(document);
        });

    // The next version, as a draft of what was adopted; the adopted one stays on record.
    public Task<Contract.Budget> ReviseAsync(ServerCallContext context, BudgetEntity budget, string etag) =>
        MoveAsync(context, budget, BudgetStatus.Draft, etag, () =>
        {
            budget.Version++;
            budget.AdoptedInputsJson = null;
            budget.DocumentJson = BudgetDocuments.Entered(BudgetDocuments.Parse(budget));
        });

    // Every adopted version, oldest first, as it was adopted.
    public async Task<IReadOnlyList<Contract.Budget>> AdoptedVersionsAsync(string federation, int year, CancellationToken ct)
    {
        await GetAsync(federation, year, ct);
        var versions = await db.AdoptedBudgets.AsNoTracking()
            .Where(b => b.FederationId == federation && b.FirstYear == year)
            .OrderBy(b => b.Version)
            .ToListAsync(ct);
        return versions.Select(v => Contract.Budget.Parser.ParseJson(v.DocumentJson)).ToList();
    }

    // The audit record's "before" is the budget as it was, before anything of the move.
    private async Task<Contract.Budget> MoveAsync(ServerCallContext context, BudgetEntity budget, BudgetStatus to, string etag, Action? alsoChange = null)
    {
        var name = Names.Budget.Format(budget.FederationId, budget.FirstYear);
        db.ExpectEtag(budget, b => b.RowVersion, etag, name);
        var before = BudgetDocuments.ToContract(budget);
        alsoChange?.Invoke();
        budget.Status = to;
        db.Record(context, clock, budget.FederationId, name, before, BudgetDocuments.ToContract(budget));
        await db.SaveChangesAsync(context.CancellationToken);
        return BudgetDocuments.ToContract(budget);
    }
}
