using System.Globalization;
using Finsam.Budget.Domain;
using Finsam.Budget.Domain.FollowUp;
using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.Data;
using Finsam.ServiceKit.Grpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Data;

// Closing and reopening a financial year. Closing fixes the year's actuals and rolls its result
// into next year's budget in the same transaction, each change with its audit record: the year
// closed and the budget's opening equity taken (or kept, when that budget is adopted).
public sealed class YearClosingStore(BudgetDbContext db, TimeProvider clock)
{
    public async Task<Contract.YearActuals> CloseAsync(ServerCallContext context, string federation, int year)
    {
        var ct = context.CancellationToken;
        var name = Names.YearActuals.Format(federation, year);
        var stored = await db.YearActuals.SingleOrDefaultAsync(a => a.FederationId == federation && a.Year == year, ct);
        var before = stored is null ? null : ToContract(stored);
        if (before is null || before.ContentSha256.Length == 0)
        {
            throw GrpcErrors.FailedPrecondition(name, $"Nothing is imported for {year}: import the year's actuals before closing it.", "NO_ACTUALS");
        }
        if (before.Closing is not null)
        {
            throw GrpcErrors.FailedPrecondition(name, $"{year} is already closed.", "YEAR_CLOSED");
        }

        var previousClosing = await PreviousClosingAsync(federation, year, ct);
        var followUp = FollowUpYear.Opening(year, previousClosing, previousClosing is null ? await EstimatedOpeningAsync(federation, year, name, ct) : 0);
        followUp.Close(BookedResult.Of(before.Amounts.Select(amount => (amount.Account, amount.AmountOre))));
        var closingEquity = followUp.ClosingEquityOre!.Value;

        var closed = before.Clone();
        closed.Closing = new Contract.YearClosing
        {
            ClosedAt = clock.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ClosedBy = AuditTrail.ActorOf(context),
            ResultOre = followUp.ResultOre!.Value,
            OpeningEquityOre = followUp.OpeningEquityOre,
            ClosingEquityOre = closingEquity,
            NextYear = await RollIntoNextYearAsync(context, federation, year + 1, closingEquity),
        };
        stored!.DocumentJson = StoredDocuments.Serialize(closed);
        db.Record(context, clock, federation, name, before, closed);
        await db.SaveChangesAsync(ct);
        return ToContract(stored);
    }

    // The closing is undone; what it gave next year's draft stays until the year is closed again.
    public async Task<Contract.YearActuals> ReopenAsync(ServerCallContext context, string federation, int year)
    {
        var ct = context.CancellationToken;
        var name = Names.YearActuals.Format(federation, year);
        var stored = await db.YearActuals.SingleOrDefaultAsync(a => a.FederationId == federation && a.Year == year, ct);
        var before = stored is null ? null : ToContract(stored);
        if (before?.Closing is null)
        {
            throw GrpcErrors.FailedPrecondition(name, $"{year} is not closed.", "YEAR_NOT_CLOSED");
        }
        var reopened = before.Clone();
        reopened.Closing = null;
        stored!.DocumentJson = StoredDocuments.Serialize(reopened);
        db.Record(context, clock, federation, name, before, reopened);
        await db.SaveChangesAsync(ct);
        return ToContract(stored);
    }

    private async Task<long?> PreviousClosingAsync(string federation, int year, CancellationToken ct)
    {
        var previous = await db.YearActuals.AsNoTracking().SingleOrDefaultAsync(a => a.FederationId == federation && a.Year == year - 1, ct);
        return previous is null ? null : ToContract(previous).Closing?.ClosingEquityOre;
    }

    // What the year's budget estimated its opening equity at; without a budget for the year
    // there is no estimate, and a year whose previous year is closed does not need one.
    private async Task<long> EstimatedOpeningAsync(string federation, int year, string name, CancellationToken ct)
    {
        var budget = await db.Budgets.AsNoTracking().SingleOrDefaultAsync(b => b.FederationId == federation && b.FirstYear == year, ct);
        return budget is null
            ? throw GrpcErrors.FailedPrecondition(name, $"{year} has no budget to take its opening equity from, and {year - 1} is not closed.", "NO_OPENING_EQUITY")
            : BudgetDocuments.Parse(budget).OpeningEquityOre;
    }

    // A draft or proposal takes the actual closing equity over its estimate; an adopted budget
    // keeps its figures, and the difference shows as a reason to revise it.
    private async Task<Contract.NextYearOpening?> RollIntoNextYearAsync(ServerCallContext context, string federation, int nextYear, long closingEquityOre)
    {
        var budget = await db.Budgets.SingleOrDefaultAsync(b => b.FederationId == federation && b.FirstYear == nextYear, context.CancellationToken);
        if (budget is null)
        {
            return null;
        }
        var document = BudgetDocuments.Parse(budget);
        var estimate = document.OpeningEquityOre;
        var opening = NextYearOpening.For(budget.Status == BudgetStatus.Adopted, estimate, closingEquityOre);
        if (opening.OpeningEquityOre != estimate)
        {
            var before = BudgetDocuments.ToContract(budget);
            document.OpeningEquityOre = opening.OpeningEquityOre;
            budget.DocumentJson = BudgetDocuments.Entered(document);
            db.Record(context, clock, federation, before.Name, before, BudgetDocuments.ToContract(budget));
        }
        return new Contract.NextYearOpening
        {
            Budget = Names.Budget.Format(federation, nextYear),
            OpeningEquityOre = opening.OpeningEquityOre,
            EstimatedOpeningEquityOre = estimate,
            KeptEstimate = opening.BudgetKeepsEstimate,
        };
    }

    private static Contract.YearActuals ToContract(YearActualsEntity entity) => YearActualsStore.ToContract(entity);
}
