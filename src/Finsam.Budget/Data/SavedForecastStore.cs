using System.Globalization;
using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.Data;
using Finsam.ServiceKit.Grpc;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Data;

// Forecasts as reported, per federation and year: each saved once, numbered in order, and
// never changed after (a later forecast is the next number).
public sealed class SavedForecastStore(BudgetDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<Contract.SavedForecast>> OfYearAsync(string federation, int year, CancellationToken ct) =>
        (await db.SavedForecasts.AsNoTracking()
            .Where(f => f.FederationId == federation && f.Year == year)
            .OrderBy(f => f.Number)
            .ToListAsync(ct))
        .Select(ToContract)
        .ToList();

    public async Task<Contract.SavedForecast> AddAsync(ServerCallContext context, string federation, int year, Contract.SavedForecast forecast)
    {
        var ct = context.CancellationToken;
        var number = 1 + (await db.SavedForecasts.Where(f => f.FederationId == federation && f.Year == year).MaxAsync(f => (int?)f.Number, ct) ?? 0);
        forecast.Name = Names.SavedForecast.Format(federation, year, number);
        forecast.SavedAt = clock.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        forecast.SavedBy = AuditTrail.ActorOf(context);
        var entity = new SavedForecastEntity { FederationId = federation, Year = year, Number = number, DocumentJson = JsonFormatter.Default.Format(forecast) };
        db.SavedForecasts.Add(entity);
        db.Record(context, clock, federation, forecast.Name, null, forecast);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException raced) when (raced.IsUniqueViolation())
        {
            // Another forecast took the number first: this one was made without seeing it.
            throw GrpcErrors.StaleEtag(Names.FollowUp.Format(federation, year));
        }
        return forecast;
    }

    private static Contract.SavedForecast ToContract(SavedForecastEntity entity) =>
        Contract.SavedForecast.Parser.ParseJson(entity.DocumentJson);
}
