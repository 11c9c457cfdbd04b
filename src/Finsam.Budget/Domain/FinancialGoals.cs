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

    // Equity at least an amount.
    public sealed record MinEquity(long Ore) : GoalRule;

    // At least a share of the contributions to individual efforts.
    public sealed record MinIndividualEffortsShare(int BasisPoints) : GoalRule;

    // The national council's step table; with no steps it is not evaluated.
    public sealed record NationalEquityRecommendation(IReadOnlyList<RecommendationStep> Steps) : GoalRule;
}

// What a goal says for a year: met or not, with the figure and the limit it compared.
public sealed record GoalResult(GoalRule Rule, int Year, GoalStatus Status, long ActualOre, long LimitOre, int? ActualBasisPoints, string Explanation);

public static class FinancialGoals
{
    private const int Whole = 10_000;

    public static IReadOnlyList<GoalResult> Evaluate(BudgetFigures figures, int year, IReadOnlyDictionary<int, long> individualEffortsOre, IEnumerable<GoalRule> rules)
    {
        var figuresOfYear = figures.Year(year);
        var equity = figuresOfYear.Balance.EquityOre;
        var contributions = figuresOfYear.ContributionsOre;
        return rules.Select(rule => rule switch
        {
            GoalRule.MaxEquityShareOfContributions share => Compare(rule, year, equity, ShareOf(contributions, share.BasisPoints), atMost: true,
                $"Eget kapital högst {Percent(share.BasisPoints)} av årets medlemsbidrag."),
            GoalRule.MinEquity minimum => Compare(rule, year, equity, minimum.Ore, atMost: false, "Eget kapital minst det lägsta beloppet."),
            GoalRule.MinIndividualEffortsShare share => IndividualShare(rule, year, individualEffortsOre.GetValueOrDefault(year), contributions, share.BasisPoints),
            GoalRule.NationalEquityRecommendation recommendation => Recommendation(rule, year, equity, figuresOfYear.CostsOre, recommendation.Steps),
            _ => throw new ArgumentOutOfRangeException(nameof(rules)),
        }).ToList();
    }

    private static GoalResult IndividualShare(GoalRule rule, int year, long individual, long contributions, int basisPoints)
    {
        var actual = contributions == 0 ? 0 : (int)((Int128)individual * Whole / contributions);
        // Compared exactly: individual × 10 000 ≥ share × contributions.
        var met = (Int128)individual * Whole >= (Int128)basisPoints * contributions;
        return new GoalResult(rule, year, met ? GoalStatus.Met : GoalStatus.NotMet, individual, ShareOf(contributions, basisPoints), actual,
            $"Minst {Percent(basisPoints)} av medlemsbidragen till individinriktade insatser.");
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
    private static long ShareOf(long amount, int basisPoints) => (long)((Int128)amount * basisPoints / Whole);

    private static string Percent(int basisPoints) => $"{basisPoints / 100m:0.##} %".Replace('.', ',');
}
