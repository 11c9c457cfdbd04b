namespace Finsam.Budget.Domain;

public enum GoalStatus
{
    Met,
    NotMet,
    NotEvaluated,
}

// A step of the national council's equity recommendation: for budgets up to a size, the
// most equity it recommends. The values are unconfirmed, so federations enter them.
public sealed record RecommendationStep(long BudgetUpToOre, long MaxEquityOre);

public abstract record GoalRule
{
    // Equity at most a share of the year's contributions.
    public sealed record MaxEquityShareOfContributions(int BasisPoints) : GoalRule;

    // Equity at least a share of the year's contributions.
    public sealed record MinEquityShareOfContributions(int BasisPoints) : GoalRule;

    // Equity at least an amount.
    public sealed record MinEquity(long Ore) : GoalRule;

    // At least a share of the contributions to individual efforts.
    public sealed record MinIndividualEffortsShare(int BasisPoints) : GoalRule;

    // The national council's step table; with no steps it is not evaluated.
    public sealed record NationalEquityRecommendation(IReadOnlyList<RecommendationStep> Steps) : GoalRule;

    // Equity by the end of one named year within a band; either bound may be left out.
    public sealed record EquityBand(int Year, long? MinOre, long? MaxOre) : GoalRule;

    // Each year's contributions are spent that year: its costs at least its contributions.
    public sealed record ContributionsSpent : GoalRule;

    // Named cost groups together at most a share of the year's contributions.
    public sealed record GroupsShareCap(string Label, IReadOnlyList<string> Groups, int BasisPoints) : GoalRule;
}

// What a goal says for a year: met or not, with the figure and the limit it compared.
public sealed record GoalResult(GoalRule Rule, int Year, GoalStatus Status, long ActualOre, long LimitOre, int? ActualBasisPoints, string Explanation);

public static class FinancialGoals
{
    private const int Whole = 10_000;

    // Every rule for every year of the budget; a rule that names its year, for that year only.
    public static IReadOnlyList<GoalResult> Evaluate(BudgetFigures figures, IReadOnlyDictionary<int, long> individualEffortsOre, IReadOnlyList<GoalRule> rules) =>
        figures.Years.SelectMany(year => rules.Select(rule => Evaluate(rule, year, individualEffortsOre.GetValueOrDefault(year.Year))))
            .OfType<GoalResult>()
            .ToList();

    private static GoalResult? Evaluate(GoalRule rule, YearFigures figures, long individual)
    {
        var year = figures.Year;
        var equity = figures.Balance.EquityOre;
        var contributions = figures.ContributionsOre;
        return rule switch
        {
            GoalRule.MaxEquityShareOfContributions share => Compare(rule, year, equity, ShareOf(contributions, share.BasisPoints), atMost: true,
                $"Eget kapital högst {Percent(share.BasisPoints)} av årets medlemsbidrag."),
            GoalRule.MinEquityShareOfContributions share => AtLeastShare(rule, year, equity, contributions, share.BasisPoints,
                $"Eget kapital minst {Percent(share.BasisPoints)} av årets medlemsbidrag."),
            GoalRule.MinEquity minimum => Compare(rule, year, equity, minimum.Ore, atMost: false, "Eget kapital minst det lägsta beloppet."),
            GoalRule.MinIndividualEffortsShare share => AtLeastShare(rule, year, individual, contributions, share.BasisPoints,
                $"Minst {Percent(share.BasisPoints)} av medlemsbidragen till individinriktade insatser."),
            GoalRule.NationalEquityRecommendation recommendation => Recommendation(rule, year, equity, figures.CostsOre, recommendation.Steps),
            GoalRule.EquityBand band when band.Year == year => Band(band, equity),
            GoalRule.EquityBand => null,
            GoalRule.ContributionsSpent => Compare(rule, year, figures.CostsOre, contributions, atMost: false,
                "Årets medlemsbidrag förbrukas under året."),
            GoalRule.GroupsShareCap cap => GroupsShare(cap, figures),
            _ => throw new ArgumentOutOfRangeException(nameof(rule)),
        };
    }

    private static GoalResult GroupsShare(GoalRule.GroupsShareCap cap, YearFigures figures)
    {
        var explanation = $"{cap.Label} högst {Percent(cap.BasisPoints)} av årets medlemsbidrag.";
        var missing = cap.Groups.Where(key => figures.CostGroups.All(g => g.Key != key)).ToList();
        if (missing.Count > 0)
        {
            return new GoalResult(cap, figures.Year, GoalStatus.NotEvaluated, 0, 0, null,
                $"{explanation} Budgeten har ingen kostnadsgrupp {string.Join(", ", missing.Select(k => $"'{k}'"))}.");
        }
        var actual = figures.CostGroups.Where(g => cap.Groups.Contains(g.Key, StringComparer.Ordinal)).Sum(g => g.AmountOre);
        var contributions = figures.ContributionsOre;
        // Compared exactly: actual × 10 000 ≤ share × contributions.
        var met = (Int128)actual * Whole <= (Int128)cap.BasisPoints * contributions;
        return new GoalResult(cap, figures.Year, met ? GoalStatus.Met : GoalStatus.NotMet, actual, ShareOf(contributions, cap.BasisPoints), ShareOfContributions(actual, contributions), explanation);
    }

    private static GoalResult Band(GoalRule.EquityBand band, long equity)
    {
        var explanation = $"Eget kapital vid utgången av {band.Year}" + (band.MinOre, band.MaxOre) switch
        {
            ({ } min, { } max) => $" mellan {Kronor(min)} och {Kronor(max)}.",
            ({ } min, null) => $" minst {Kronor(min)}.",
            (null, { } max) => $" högst {Kronor(max)}.",
            _ => ".",
        };
        var met = equity >= (band.MinOre ?? long.MinValue) && equity <= (band.MaxOre ?? long.MaxValue);
        // The limit shown is the bound the equity is nearest to breaking: the one it broke, else the upper.
        var limit = band.MinOre is { } low && equity < low ? low : band.MaxOre ?? band.MinOre ?? 0;
        return new GoalResult(band, band.Year, met ? GoalStatus.Met : GoalStatus.NotMet, equity, limit, null, explanation);
    }

    // An amount (equity, individual efforts) at least a share of the year's contributions.
    private static GoalResult AtLeastShare(GoalRule rule, int year, long actual, long contributions, int basisPoints, string explanation)
    {
        // Compared exactly: actual × 10 000 ≥ share × contributions.
        var met = (Int128)actual * Whole >= (Int128)basisPoints * contributions;
        return new GoalResult(rule, year, met ? GoalStatus.Met : GoalStatus.NotMet, actual, ShareOf(contributions, basisPoints), ShareOfContributions(actual, contributions), explanation);
    }

    private static GoalResult Recommendation(GoalRule rule, int year, long equity, long budgetSize, IReadOnlyList<RecommendationStep> steps)
    {
        var step = steps.OrderBy(s => s.BudgetUpToOre).FirstOrDefault(s => budgetSize <= s.BudgetUpToOre);
        if (step is null)
        {
            return new GoalResult(rule, year, GoalStatus.NotEvaluated, equity, 0, null,
                "Nationella rådets rekommendation: ingen nivå är angiven för budgetens storlek.");
        }
        return Compare(rule, year, equity, step.MaxEquityOre, atMost: true, "Eget kapital enligt Nationella rådets rekommendation.");
    }

    private static GoalResult Compare(GoalRule rule, int year, long actual, long limit, bool atMost, string explanation) =>
        new(rule, year, (atMost ? actual <= limit : actual >= limit) ? GoalStatus.Met : GoalStatus.NotMet, actual, limit, null, explanation);

    // Rounded down: a limit never grants more than the share allows.
    // What an amount is of the year's contributions, in basis points (0 without contributions).
    private static int ShareOfContributions(long actual, long contributions) =>
        contributions == 0 ? 0 : (int)Int128.Clamp((Int128)actual * Whole / contributions, int.MinValue, int.MaxValue);

    private static long ShareOf(long amount, int basisPoints) => (long)((Int128)amount * basisPoints / Whole);

    private static string Percent(int basisPoints) => $"{basisPoints / 100m:0.##} %".Replace('.', ',');

    // Whole kronor grouped by thousands with a no-break space, as Swedish text writes them.
    private static string Kronor(long ore) =>
        (ore / 100).ToString("N0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '\u00A0') + " kr";
}
