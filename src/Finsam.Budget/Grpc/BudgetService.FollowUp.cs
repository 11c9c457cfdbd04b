using Finsam.Budget.Domain;
using Finsam.Budget.Domain.FollowUp;
using Finsam.Budget.Validation;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Security;
using Grpc.Core;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Grpc;

// The year after adoption: the mapping of the accounts, the adopted budget against the
// actuals, forecasts, and closing the year.
public sealed partial class BudgetService
{
    public override async Task<Contract.ActualsMapping> SetActualsMapping(Contract.SetActualsMappingRequest request, ServerCallContext context)
    {
        var given = ActualsMappingValidator.Validate(request);
        var federation = context.FederationId();
        await otherServices.RequireFederationAsync(federation, context.CancellationToken);
        return await mappings.SetAsync(context, federation, given);
    }

    public override Task<Contract.ActualsMapping> GetActualsMapping(Contract.GetActualsMappingRequest request, ServerCallContext context)
    {
        Names.ActualsMapping.Parse(request.Name, "name");
        return mappings.GetAsync(context.FederationId(), context.CancellationToken);
    }

    public override async Task<Contract.BudgetFollowUp> GetFollowUp(Contract.GetFollowUpRequest request, ServerCallContext context)
    {
        var year = years.Require(Names.FollowUp.Parse(request.Name, "name"), "name");
        var federation = context.FederationId();
        var saved = await forecasts.OfYearAsync(federation, year, context.CancellationToken);
        var (report, _) = await FollowUpAsync(federation, year, request.ThroughMonth, "through_month", saved.LastOrDefault()?.EnteredOre, context.CancellationToken);
        report.Forecasts.AddRange(saved);
        return report;
    }

    // The forecast through a month, with what the officer entered, kept as reported.
    public override async Task<Contract.SavedForecast> SaveForecast(Contract.SaveForecastRequest request, ServerCallContext context)
    {
        var year = years.Require(Names.FollowUp.Parse(request.Parent, "parent"), "parent");
        FollowUpValidator.ValidateForecast(request);
        var federation = context.FederationId();
        var (report, followUp) = await FollowUpAsync(federation, year, request.ThroughMonth, "through_month", request.EnteredOre, context.CancellationToken);

        var rows = FollowUpReports.ForecastYears(followUp.Income.Concat(followUp.CostGroups).Concat(followUp.Efforts));
        var violations = new FieldViolations();
        foreach (var key in request.EnteredOre.Keys.Where(key => !rows.ContainsKey(key)))
        {
            violations.Add("entered_ore", ViolationReason.InvalidValue, $"The follow-up has no row '{key}'.");
        }
        violations.ThrowIfAny();

        var forecast = new Contract.SavedForecast
        {
            ReportDate = request.ReportDate,
            ThroughMonth = report.ThroughMonth,
            EnteredOre = { request.EnteredOre },
            YearOre = { rows.ToDictionary() },
            ResultOre = followUp.ForecastResultOre,
        };
        return await forecasts.AddAsync(context, federation, year, forecast);
    }

    public override Task<Contract.YearActuals> CloseYear(Contract.CloseYearRequest request, ServerCallContext context)
    {
        var year = years.Require(Names.YearActuals.Parse(request.Name, "name"), "name");
        return closings.CloseAsync(context, context.FederationId(), year);
    }

    public override Task<Contract.YearActuals> ReopenYear(Contract.ReopenYearRequest request, ServerCallContext context)
    {
        var year = years.Require(Names.YearActuals.Parse(request.Name, "name"), "name");
        return closings.ReopenAsync(context, context.FederationId(), year);
    }

    // The year's last adopted budget, computed from what it was adopted on, against the
    // imported actuals as the mapping places them.
    private async Task<(Contract.BudgetFollowUp Report, YearFollowUp FollowUp)> FollowUpAsync(
        string federation, int year, string throughMonth, string monthField, IDictionary<string, long>? entered, CancellationToken ct)
    {
        var adopted = await budgets.LastAdoptedAsync(federation, year, ct)
            ?? throw GrpcErrors.FailedPrecondition(Names.Budget.Format(federation, year),
                $"The budget for {year} has not been adopted: the year is followed up against its adopted budget.", "NO_ADOPTED_BUDGET");
        var (budget, inputs) = adopted;
        var input = BudgetInputs.From(budget, inputs);
        var yearReport = BudgetReports.Report(budget, input, BudgetEngine.Compute(input), []).Years.Single(y => y.Year == year);

        var booked = await actuals.GetAsync(federation, year, ct);
        var mapping = await mappings.GetAsync(federation, ct);
        var months = FollowUpReports.Months(booked, year);
        var through = FollowUpValidator.ThroughMonth(throughMonth, monthField, months, booked.Amounts.Select(amount => FollowUpReports.Month(amount.Month)));

        var forecast = new Forecast(through, through);
        foreach (var (key, ore) in entered ?? new Dictionary<string, long>())
        {
            forecast.Enter(key, ore);
        }
        var (income, costGroups) = FollowUpReports.Rows(yearReport);
        // The balance sheet's accounts (classes 1 and 2) move with every voucher but are no row
        // of the budget's result: they stay in the year's actuals, not in its follow-up.
        var mapped = FollowUpReports.Mapping(mapping).Map(FollowUpReports.Ledger(booked).Where(row => BookedResult.IsResultAccount(row.Account)));
        var followUp = YearFollowUp.Through(income, costGroups, FollowUpReports.Efforts(inputs.EffortCosts, year, mapping), mapped, months, through, forecast);

        var report = new Contract.BudgetFollowUp
        {
            Name = Names.FollowUp.Format(federation, year),
            Budget = budget.Name,
            BudgetVersion = budget.Version,
            Months = { months.Select(FollowUpReports.Month) },
            ThroughMonth = FollowUpReports.Month(through),
            Income = { followUp.Income.Select(FollowUpReports.Row) },
            CostGroups = { followUp.CostGroups.Select(FollowUpReports.Row) },
            Efforts = { followUp.Efforts.Select(FollowUpReports.Row) },
            Result = FollowUpReports.Row(followUp.Result),
            UnmappedOre = mapped.UnmappedOre,
            UnknownRows = { followUp.UnknownRows.Select(FollowUpReports.Row) },
            ForecastResultOre = followUp.ForecastResultOre,
            Closed = booked.Closing is not null,
            ActualsFileName = booked.FileName,
        };
        report.Result.ForecastYearOre = followUp.ForecastResultOre;

        // A closed year's goals on its actuals for the whole year, an open year's on its forecast.
        var closed = booked.Closing is not null;
        var basis = closed && through != months[^1]
            ? YearFollowUp.Through(income, costGroups, [], mapped, months, months[^1], forecast)
            : followUp;
        var turningOut = FollowUpGoals.AsTurningOut(input, year, basis, closed ? node => node.Figures.ActualToDateOre : node => node.ForecastYearOre);
        var rules = BudgetInputs.Rules(await goals.GetAsync(federation, ct));
        report.Goals.AddRange(BudgetReports.Report(budget, turningOut, BudgetEngine.Compute(turningOut), rules).Goals.Where(goal => goal.Year == year));
        report.GoalsOnActuals = closed;
        var names = booked.Amounts.GroupBy(amount => amount.Account).ToDictionary(account => account.Key, account => account.First().AccountName);
        report.Unmapped.AddRange(mapped.Unmapped
            .OrderBy(pair => pair.Key.Account, StringComparer.Ordinal).ThenBy(pair => pair.Key.Month)
            .Select(pair => new Contract.UnmappedAmount
            {
                Account = pair.Key.Account,
                AccountName = names.GetValueOrDefault(pair.Key.Account, ""),
                Month = FollowUpReports.Month(pair.Key.Month),
                AmountOre = pair.Value,
            }));
        return (report, followUp);
    }
}
