using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Documents.V1;
using Finsam.Contracts.Grants.V1;

namespace Finsam.Documents.Tests.Functional;

// Sundsvall's figures recast in another federation's shape: a one-year budget in kronor,
// contributions as one row, its efforts and reserved money in one group with a subtotal
// after it, costs printed as negative numbers, and a budget room; an effort the board
// decided less for than its cost lines ask.
public static class ShapedPlan
{
    private static long Kr(long kronor) => kronor * 100;

    public static void Figures(Neighbours neighbours, string federationId)
    {
        Plan.Figures(neighbours, federationId, adopted: false);
        var parent = $"federations/{federationId}";
        var budgetName = $"{parent}/budgets/2022";
        neighbours.Budgets[budgetName].PlanYears = 1;
        neighbours.Budgets[budgetName].CostsAsNegative = true;
        neighbours.Reports[budgetName] = new BudgetReport
        {
            Budget = budgetName,
            Version = 1,
            Status = BudgetStatus.Draft,
            CostsAsNegative = true,
            Years =
            {
                new YearReport
                {
                    Year = 2022,
                    Income = { new Row { Label = "Medlemsbidrag", AmountOre = Kr(7_378_000) } },
                    IncomeOre = Kr(7_378_000),
                    ContributionsOre = Kr(7_378_000),
                    CostGroups =
                    {
                        new GroupReport { Key = "insatser", Label = "Insatser", AmountOre = Kr(6_000_000), Source = CostGroupSource.DecidedAndReserved },
                        new GroupReport { Key = "verksamhet", Label = "Verksamhetens kostnader", AmountOre = Kr(1_000_000) },
                    },
                    Subtotals = { new SubtotalReport { Key = "insatskostnader", Label = "Summa insatskostnader", AmountOre = Kr(6_000_000), After = "insatser" } },
                    CostsOre = Kr(7_000_000),
                    ResultOre = Kr(378_000),
                    RoomClosingSurplusOre = Kr(878_000),
                    Room = new BudgetRoom
                    {
                        OpeningSurplusOre = Kr(500_000),
                        ContributionsOre = Kr(7_378_000),
                        CostGroups =
                        {
                            new GroupAmount { Key = "insatser", Label = "Insatser", AmountOre = Kr(6_000_000) },
                            new GroupAmount { Key = "verksamhet", Label = "Verksamhetens kostnader", AmountOre = Kr(1_000_000) },
                        },
                        ClosingSurplusOre = Kr(878_000),
                    },
                },
            },
        };
        neighbours.Decided[($"{parent}/efforts/psykolog", 2022)] = Kr(850_000);
    }

    public static DocumentTemplate Template(string federationId) => new()
    {
        Name = $"federations/{federationId}/documentTemplate",
        TitlePage = new TitlePage { Title = "Verksamhetsplan {{ year }}{% if plan_years.size > 0 %}–{{ last_year }}{% endif %}" },
        Unit = AmountUnit.Kronor,
        Parts =
        {
            new DocumentPart { Level = 1, Heading = "Ekonomi", Section = "ekonomi" },
            new DocumentPart { Level = 1, Heading = "Budget {{ year }}", Table = TableKind.BudgetWithPlan },
            new DocumentPart { Level = 1, Heading = "Budgetutrymme", Table = TableKind.BudgetRoom },
            new DocumentPart { Level = 1, Heading = "Beviljade insatser", Table = TableKind.GrantedEfforts },
        },
    };

    public static PlanText Text(string federationId) => new()
    {
        Name = $"federations/{federationId}/planTexts/2022",
        Sections =
        {
            new Section
            {
                Key = "ekonomi",
                Text = "Medlemsbidragen är {{ budget.contributions.kr }}, insatserna {{ budget.groups.insatser.kr }} ({{ budget.subtotals.insatskostnader.label }}). "
                    + "Budgetutrymmet går från {{ budget.room.opening_surplus.kr }} till {{ budget.room.closing_surplus.kr }}. "
                    + "{% for effort in efforts.all %}{{ effort.name }}: {{ effort.amount.kr }}.{% endfor %}",
            },
        },
    };
}
