using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Documents.V1;
using Finsam.Contracts.Funding.V1;

namespace Finsam.Documents.Tests;

// A budget shaped unlike Sundsvall's, as its computed report says it, for the tables and
// placeholders to follow.
public static class ShapedBudget
{
    public static long Kr(long kronor) => kronor * 100;

    // A one-year budget in kronor: contributions as one row (a region and two municipalities
    // split by population behind it), efforts and reserved money in one group with a subtotal
    // after it, operating costs last, costs printed as negative.
    public static DocumentInputs Inputs(bool costsAsNegative = true, params int[] years)
    {
        var report = new BudgetReport { CostsAsNegative = costsAsNegative };
        foreach (var year in years.Length == 0 ? [2025] : years)
        {
            report.Years.Add(new YearReport
            {
                Year = year,
                Income = { new Row { Label = "Medlemsbidrag", AmountOre = Kr(4_000_000), Contribution = true }, new Row { Label = "Ränteintäkter", AmountOre = Kr(10_000) } },
                MemberContributions =
                {
                    new MemberContributionReport { MemberId = "forsakringskassan", DisplayName = "Försäkringskassan", AmountOre = Kr(2_000_000) },
                    new MemberContributionReport { MemberId = "region", DisplayName = "Region Ådalen", AmountOre = Kr(1_000_000), RegionalPartOre = Kr(1_000_000) },
                    new MemberContributionReport { MemberId = "norrby", DisplayName = "Norrby kommun", AmountOre = Kr(600_000), MunicipalPartOre = Kr(600_000) },
                    new MemberContributionReport { MemberId = "soderby", DisplayName = "Söderby kommun", AmountOre = Kr(400_000), MunicipalPartOre = Kr(400_000) },
                },
                IncomeOre = Kr(4_010_000),
                ContributionsOre = Kr(4_000_000),
                OtherIncomeOre = Kr(10_000),
                CostGroups =
                {
                    new GroupReport { Key = "styrelse", Label = "Styrelse", AmountOre = Kr(100_000), Lines = { new Row { Label = "Arvoden", AmountOre = Kr(100_000) } } },
                    new GroupReport { Key = "insatser", Label = "Insatser", AmountOre = Kr(3_000_000), Source = CostGroupSource.DecidedAndReserved },
                    new GroupReport { Key = "verksamhet", Label = "Verksamhetskostnader", AmountOre = Kr(800_000), Lines = { new Row { Label = "Kansli", AmountOre = Kr(800_000) } } },
                },
                Subtotals = { new SubtotalReport { Key = "insatskostnader", Label = "Summa insatskostnader", AmountOre = Kr(3_000_000), After = "insatser" } },
                CostsOre = Kr(3_900_000),
                ResultOre = Kr(110_000),
                RoomClosingSurplusOre = Kr(610_000),
                Room = new BudgetRoom
                {
                    OpeningSurplusOre = Kr(500_000),
                    ContributionsOre = Kr(4_000_000),
                    OtherIncomeOre = Kr(10_000),
                    CostGroups =
                    {
                        new GroupAmount { Key = "styrelse", Label = "Styrelse", AmountOre = Kr(100_000) },
                        new GroupAmount { Key = "insatser", Label = "Insatser", AmountOre = Kr(3_000_000) },
                        new GroupAmount { Key = "verksamhet", Label = "Verksamhetskostnader", AmountOre = Kr(800_000) },
                    },
                    ClosingSurplusOre = Kr(610_000),
                },
            });
        }
        return new DocumentInputs
        {
            Year = report.Years[0].Year,
            Template = new DocumentTemplate { Unit = AmountUnit.Kronor },
            PlanText = new PlanText(),
            Federation = new Federation
            {
                DisplayName = "Samordningsförbundet Ådalen",
                MunicipalShareBasis = ShareBasis.Population,
                Members =
                {
                    new Member { MemberId = "forsakringskassan", Kind = MemberKind.Forsakringskassan, DisplayName = "Försäkringskassan" },
                    new Member { MemberId = "arbetsformedlingen", Kind = MemberKind.Arbetsformedlingen, DisplayName = "Arbetsförmedlingen" },
                    new Member { MemberId = "region", Kind = MemberKind.Region, DisplayName = "Region Ådalen", Population = 50_000 },
                    new Member { MemberId = "norrby", Kind = MemberKind.Municipality, DisplayName = "Norrby kommun", Population = 30_000 },
                    new Member { MemberId = "soderby", Kind = MemberKind.Municipality, DisplayName = "Söderby kommun", Population = 20_000 },
                },
            },
            Allocation = new Allocation { Year = report.Years[0].Year },
            Budget = new Budget { FirstYear = report.Years[0].Year, PlanYears = report.Years.Count },
            BudgetReport = report,
        };
    }
}
