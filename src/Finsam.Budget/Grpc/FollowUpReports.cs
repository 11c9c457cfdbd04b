using System.Globalization;
using Finsam.Budget.Domain.FollowUp;
using Contract = Finsam.Contracts.Budget.V1;
using Grants = Finsam.Contracts.Grants.V1;

namespace Finsam.Budget.Grpc;

// Between the contract and follow-up's domain: the adopted budget's year as rows to follow up,
// the imported actuals as the books' rows, and the result back as the contract's report.
public static class FollowUpReports
{
    public const string Contributions = FollowUpGoals.ContributionsKey;
    public const string OtherIncome = "other-income";

    // Member contributions (a row per member within) and other income (its rows within); the
    // cost groups with their lines within, keyed "{group}/{line}".
    public static (IReadOnlyList<BudgetRow> Income, IReadOnlyList<BudgetRow> CostGroups) Rows(Contract.YearReport year)
    {
        var members = year.MemberContributions
            .Select(member => new BudgetRow($"member:{(member.MemberId.Length > 0 ? member.MemberId : member.DisplayName)}", member.DisplayName, FollowUpSide.Income, member.AmountOre))
            .ToList();
        var other = Within(OtherIncome, year.Income.Where(row => !row.Contribution), FollowUpSide.Income);
        IReadOnlyList<BudgetRow> income =
        [
            new(Contributions, "Medlemsbidrag", FollowUpSide.Income, year.ContributionsOre, members),
            new(OtherIncome, "Övriga intäkter", FollowUpSide.Income, year.OtherIncomeOre, other),
        ];
        var groups = year.CostGroups
            .Select(group => new BudgetRow(group.Key, group.Label, FollowUpSide.Cost, group.AmountOre, Within(group.Key, group.Lines, FollowUpSide.Cost)))
            .ToList();
        return (income, groups);
    }

    // Each effort the year's decided money names, and each an object rule names beside them.
    public static IReadOnlyList<BudgetRow> Efforts(Grants.EffortCosts costs, int year, Contract.ActualsMapping mapping)
    {
        var budgeted = costs.Lines
            .Where(line => line.Year == year)
            .GroupBy(line => line.Effort, StringComparer.Ordinal)
            .Select(effort => new BudgetRow(effort.Key, effort.First().EffortDisplayName, FollowUpSide.Cost, effort.Sum(line => line.AmountOre)))
            .ToList();
        var named = budgeted.Select(row => row.Key).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. budgeted,
            .. mapping.Objects.Select(rule => rule.Effort).Distinct(StringComparer.Ordinal).Where(effort => !named.Contains(effort))
                .Select(effort => new BudgetRow(effort, effort, FollowUpSide.Cost, 0)),
        ];
    }

    // A row's lines by label; two lines of one label are one row.
    private static IReadOnlyList<BudgetRow> Within(string parent, IEnumerable<Contract.Row> rows, FollowUpSide side) =>
        [.. rows.GroupBy(row => row.Label, StringComparer.Ordinal)
            .Select(line => new BudgetRow($"{parent}/{line.Key}", line.Key, side, line.Sum(row => row.AmountOre)))];

    public static AccountMapping Mapping(Contract.ActualsMapping mapping) =>
        AccountMapping.Create(
            mapping.Accounts.Select(rule => new AccountRule(rule.Prefix, rule.Row)),
            mapping.Objects.Select(rule => new ObjectRule(rule.Dimension, rule.Object, rule.Effort))).Mapping
        ?? throw new InvalidOperationException("A stored mapping was judged valid when it was set.");

    public static IEnumerable<LedgerRow> Ledger(Contract.YearActuals actuals) =>
        actuals.Amounts.Select(amount => new LedgerRow(amount.Account, amount.Objects, Month(amount.Month), amount.AmountOre));

    // The financial year's months as imported; a year nothing is imported into is a calendar year.
    public static IReadOnlyList<DateOnly> Months(Contract.YearActuals actuals, int year) =>
        actuals.FinancialYearStart.Length > 0
            ? FinancialYearMonths.Of(Day(actuals.FinancialYearStart), Day(actuals.FinancialYearEnd))
            : FinancialYearMonths.Of(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static DateOnly Month(string month) => DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static DateOnly Day(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Contract.FollowUpRow Row(FollowUpNode node)
    {
        var row = Row(node.Figures);
        row.ForecastYearOre = node.ForecastYearOre;
        row.Rows.AddRange(node.Rows.Select(Row));
        return row;
    }

    public static Contract.FollowUpRow Row(LineFollowUp line)
    {
        var row = new Contract.FollowUpRow
        {
            Key = line.Key,
            Label = line.Label,
            BudgetYearOre = line.BudgetYearOre,
            BudgetToDateOre = line.BudgetToDateOre,
            ActualMonthOre = line.ActualMonthOre,
            ActualToDateOre = line.ActualToDateOre,
            DeviationOre = line.DeviationOre,
            ForecastYearOre = Forecast.Projected(line),
        };
        if (line.DeviationPercent is { } percent && Math.Abs(percent) < 100_000_000)
        {
            row.DeviationPermille = (int)Math.Round(percent * 10);
        }
        return row;
    }

    // Every row's forecast year by its key: what a saved forecast keeps. Where a group's key is
    // also an income row's, the first row shown has it.
    public static IReadOnlyDictionary<string, long> ForecastYears(IEnumerable<FollowUpNode> nodes) =>
        Flattened(nodes).DistinctBy(node => node.Figures.Key).ToDictionary(node => node.Figures.Key, node => node.ForecastYearOre, StringComparer.Ordinal);

    private static IEnumerable<FollowUpNode> Flattened(IEnumerable<FollowUpNode> nodes) =>
        nodes.SelectMany(node => Flattened(node.Rows).Prepend(node));
}
