using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Grants.V1;
using static Finsam.Documents.Tests.Functional.Plan;

namespace Finsam.Documents.Tests.Functional;

// A made-up federation's 2022 as the other services would hold it at the year's end: Plan's
// adopted budget, the books against it (a little other income, administration under budget, a
// cost no rule maps), the year closed or not, and its participants as grants masks them.
public static class MadeUpAnnualReport
{
    public const long OtherIncomeOre = 1_234_567;
    public const long AdministrationOre = 750_000_000;
    public const long PsykologOre = 85_000_000;
    public const long UnmappedCostOre = 100_000;
    public const long OpeningEquityOre = 123_300_000;

    // Income 7 378 000 + 12 345,67, costs 7 500 000: the mapped rows' result.
    public const long MappedResultOre = 737_800_000 + OtherIncomeOre - AdministrationOre;
    public const long BookedResultOre = MappedResultOre - UnmappedCostOre;

    public static void Year(Neighbours neighbours, string federationId, bool closed)
    {
        Figures(neighbours, federationId, adopted: true);
        var parent = $"federations/{federationId}";
        var followUp = new BudgetFollowUp
        {
            Name = $"{parent}/followUps/2022",
            Budget = $"{parent}/budgets/2022",
            BudgetVersion = 1,
            ThroughMonth = "2022-12",
            Closed = closed,
            GoalsOnActuals = closed,
            Income =
            {
                Row("contributions", "Medlemsbidrag", budget: Tkr(7_378), actual: Tkr(7_378)),
                Row("other-income", "Övriga intäkter", budget: 0, actual: OtherIncomeOre),
            },
            CostGroups = { Row("administration", "Administration", budget: Tkr(8_034), actual: AdministrationOre) },
            Efforts = { Row($"{parent}/efforts/psykolog", "Psykolog", budget: Tkr(895), actual: PsykologOre) },
            Result = Row("result", "Resultat", budget: Tkr(7_378) - Tkr(8_034), actual: MappedResultOre),
            Goals =
            {
                new GoalReport
                {
                    Goal = "min_equity_share", Year = 2022, Status = GoalStatus.Met, ActualBasisPoints = 1_543,
                    Explanation = "Eget kapital minst 10 % av årets medlemsbidrag.",
                },
            },
        };
        followUp.Months.AddRange(Enumerable.Range(1, 12).Select(m => $"2022-{m:00}"));
        neighbours.FollowUps[followUp.Name] = followUp;

        // The bank opened at 1 500 000 and took the year's result; the suppliers' 267 000 is unpaid.
        var actuals = new YearActuals
        {
            Name = $"{parent}/actuals/2022",
            HasOpeningBalances = true,
            Balances =
            {
                new AccountBalance { Account = "1930", OpeningOre = 150_000_000, ClosingOre = 150_000_000 + BookedResultOre },
                new AccountBalance { Account = "2010", OpeningOre = -OpeningEquityOre, ClosingOre = -OpeningEquityOre },
                new AccountBalance { Account = "2440", OpeningOre = -26_700_000, ClosingOre = -26_700_000 },
            },
        };
        if (closed)
        {
            actuals.Closing = new YearClosing
            {
                ClosedAt = "2023-02-10T09:00:00Z",
                ResultOre = BookedResultOre,
                OpeningEquityOre = OpeningEquityOre,
                ClosingEquityOre = OpeningEquityOre + BookedResultOre,
            };
        }
        neighbours.Actuals[actuals.Name] = actuals;

        neighbours.Participants[(parent, 2022)] = new ParticipantSummary
        {
            Year = 2022,
            Total = new Participants { Started = 23, Ongoing = 9, Ended = 14, Women = 12, Men = 11, AfterWork = 3, AfterStudies = 6 },
            PreviousYearTotal = new Participants { Started = 19 },
            Efforts =
            {
                new EffortParticipants
                {
                    Effort = $"{parent}/efforts/psykolog",
                    DisplayName = "Psykolog",
                    PublicParticipants = { new PublicCount { Count = "started", Shown = "23" }, new PublicCount { Count = "ended", Shown = "14" } },
                },
            },
            ToWorkOrStudiesPermille = 643,
            PublicTotal =
            {
                new PublicCount { Count = "started", Shown = "23" },
                new PublicCount { Count = "ongoing", Shown = "9" },
                new PublicCount { Count = "ended", Shown = "14" },
                new PublicCount { Count = "women", Shown = "12" },
                new PublicCount { Count = "men", Shown = "11" },
                new PublicCount { Count = "after_work", Shown = "< 5" },
                new PublicCount { Count = "after_studies", Shown = "6" },
            },
        };
    }

    private static FollowUpRow Row(string key, string label, long budget, long actual) => new()
    {
        Key = key,
        Label = label,
        BudgetYearOre = budget,
        BudgetToDateOre = budget,
        ActualToDateOre = actual,
        DeviationOre = actual - budget,
        ForecastYearOre = actual,
    };
}
