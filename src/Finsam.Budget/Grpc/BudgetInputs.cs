using Finsam.Budget.Dependencies;
using Finsam.Budget.Domain;
using Finsam.ServiceKit.Grpc;
using Contract = Finsam.Contracts.Budget.V1;
using Funding = Finsam.Contracts.Funding.V1;

namespace Finsam.Budget.Grpc;

// From the entered budget and the other services' answers to the engine's input, and from
// the board's goals to the rules the engine evaluates.
public static class BudgetInputs
{
    private const string OtherIncomeLabel = "Övriga intäkter";

    public static BudgetInput From(Contract.Budget budget, ExternalFigures figures)
    {
        var costs = figures.EffortCosts;
        var groups = budget.CostGroups.Select(g => new CostGroup(
            g.Key,
            g.Label,
            g.Kind switch
            {
                Contract.CostGroupKind.Board => CostGroupKind.Board,
                Contract.CostGroupKind.Administration => CostGroupKind.Administration,
                _ => CostGroupKind.Other,
            },
            g.Lines.Select(l => new BudgetLine(l.Label, l.Year, l.AmountOre, l.Kind switch
            {
                Contract.LineKind.FinancialIncome => LineKind.FinancialIncome,
                Contract.LineKind.FinancialCost => LineKind.FinancialCost,
                _ => LineKind.Operating,
            })).ToList(),
            g.Totals.ToDictionary(t => t.Year, t => t.AmountOre),
            Source(g.Source))
        {
            EffortCostGroups = [.. g.EffortCostGroups],
        }).ToList();

        var filled = GroupSources.Fill(
            groups,
            costs.Lines.Select(l => new EffortCost(l.CostGroup, l.Year, l.Description, l.AmountOre)),
            costs.Years.Select(y => new Reservation(y.Year, y.ReservedOre, y.ReservedLabel)));
        if (filled.Unplaced.Count > 0)
        {
            // Leaving decided money out of the budget would understate its costs.
            throw GrpcErrors.FailedPrecondition(budget.Name,
                $"No cost group of the budget takes: {string.Join("; ", filled.Unplaced)}. Add a group from grants for them.");
        }

        return new BudgetInput(
            budget.FirstYear,
            budget.PlanYears,
            Income(budget, figures.Income),
            filled.Groups,
            budget.OpeningEquityOre,
            budget.Balance.ToDictionary(b => b.Year, Entries),
            costs.Years.ToDictionary(y => y.Year, y => y.IndividualOre),
            budget.Forecast is not null ? Forecast(budget.Forecast) : null)
        {
            Subtotals = budget.Subtotals.Select(s => new Subtotal(s.Key, s.Label, [.. s.Groups], s.After)).ToList(),
            MemberShares = OfBudgetYears(budget, figures.Income)
                .SelectMany(year => (year.Contributions?.Members ?? []).Select(m =>
                    new MemberShare(year.Year, m.MemberId, m.DisplayName, m.AmountOre, m.RegionalPartOre, m.MunicipalPartOre)))
                .ToList(),
        };
    }

    // Each year's contributions, member by member or as one row, then its other income.
    private static List<IncomeLine> Income(Contract.Budget budget, Funding.Income income) =>
        OfBudgetYears(budget, income)
            .SelectMany(year => Contributions(budget, year)
                .Concat(year.OtherIncome.Select(o => new IncomeLine(
                    o.Note.Length > 0 ? o.Note : OtherIncomeLabel,
                    year.Year,
                    o.AmountOre,
                    o.Kind == Funding.OtherIncomeKind.Interest ? IncomeKind.Interest : IncomeKind.Other))))
            .ToList();

    private static IEnumerable<Funding.YearIncome> OfBudgetYears(Contract.Budget budget, Funding.Income income) =>
        income.Years.Where(year => year.Year >= budget.FirstYear && year.Year < budget.FirstYear + budget.PlanYears);

    private static IEnumerable<IncomeLine> Contributions(Contract.Budget budget, Funding.YearIncome year)
    {
        var members = year.Contributions?.Members ?? [];
        return budget.IncomeRows == Contract.IncomeRows.ContributionsTotal
            ? [new IncomeLine(budget.ContributionsLabel, year.Year, members.Sum(m => m.AmountOre), IncomeKind.Contribution)]
            : members.Select(m => new IncomeLine(m.DisplayName, year.Year, m.AmountOre, IncomeKind.Contribution));
    }

    private static CostGroupSource Source(Contract.CostGroupSource source) => source switch
    {
        Contract.CostGroupSource.DecidedEfforts => CostGroupSource.DecidedEfforts,
        Contract.CostGroupSource.Reserved => CostGroupSource.Reserved,
        Contract.CostGroupSource.DecidedAndReserved => CostGroupSource.DecidedAndReserved,
        _ => CostGroupSource.Entered,
    };

    // A goal set to zero (or a recommendation turned off) is no goal.
    public static IReadOnlyList<GoalRule> Rules(Contract.FinancialGoals goals)
    {
        var rules = new List<GoalRule>();
        if (goals.MaxEquityShareBasisPoints > 0)
        {
            rules.Add(new GoalRule.MaxEquityShareOfContributions(goals.MaxEquityShareBasisPoints));
        }
        if (goals.MinEquityShareBasisPoints > 0)
        {
            rules.Add(new GoalRule.MinEquityShareOfContributions(goals.MinEquityShareBasisPoints));
        }
        if (goals.MinEquityOre > 0)
        {
            rules.Add(new GoalRule.MinEquity(goals.MinEquityOre));
        }
        if (goals.MinIndividualShareBasisPoints > 0)
        {
            rules.Add(new GoalRule.MinIndividualEffortsShare(goals.MinIndividualShareBasisPoints));
        }
        if (goals.NationalRecommendation)
        {
            rules.Add(new GoalRule.NationalEquityRecommendation(goals.RecommendationSteps.Select(s => new RecommendationStep(s.BudgetUpToOre, s.MaxEquityOre)).ToList()));
        }
        rules.AddRange(goals.EquityBands.Select(b => new GoalRule.EquityBand(b.Year, b.HasMinEquityOre ? b.MinEquityOre : null, b.HasMaxEquityOre ? b.MaxEquityOre : null)));
        if (goals.ContributionsSpentEachYear)
        {
            rules.Add(new GoalRule.ContributionsSpent());
        }
        rules.AddRange(goals.GroupShareCaps.Select(c => new GoalRule.GroupsShareCap(c.Label, [.. c.Groups], c.MaxBasisPoints)));
        return rules;
    }

    private static BalanceEntries Entries(Contract.BalanceEntries entries) =>
        new(entries.FixedAssetsOre, entries.ProvisionsOre, entries.LongTermLiabilitiesOre, entries.ShortTermLiabilitiesOre);

    private static PreviousYearForecast Forecast(Contract.Forecast forecast) => new(
        forecast.OperatingIncomeOre,
        forecast.OperatingCostsOre,
        forecast.FinancialIncomeOre,
        forecast.FinancialCostsOre,
        forecast.OpeningEquityOre,
        forecast.Balance is null ? new BalanceEntries(0, 0, 0, 0) : Entries(forecast.Balance));
}
