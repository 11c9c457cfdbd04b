using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Documents.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Grants.V1;

namespace Finsam.Documents.Tests.Functional;

// A short plan for 2022 in Sundsvall's manner: its template and text, and the figures the
// other services hold for it (Sundsvall's income, 8 034 tkr of costs, 577 tkr of equity).
public static class Plan
{
    public static long Tkr(decimal tkr) => (long)(tkr * 100_000);

    public static DocumentTemplate Template(string federationId) => new()
    {
        Name = $"federations/{federationId}/documentTemplate",
        TitlePage = new TitlePage
        {
            Lines = { "SAMORDNINGSFÖRBUNDET", "I SUNDSVALL" },
            Title = "Verksamhetsplan och budget {{ year }} - {{ last_year }}",
            LinesBelowTitle = { "Samverkan som gör skillnad" },
            Date = "2021-12-15",
            ShowReferenceNumber = true,
            ShowAdoption = true,
            AdoptedBy = "styrelsen för Samordningsförbundet",
        },
        TableOfContents = true,
        Unit = AmountUnit.Tkr,
        RowLabels = { ["Försäkringskassan"] = "Försäkringskassan/Arbetsförmedlingen" },
        Parts =
        {
            new DocumentPart { Level = 1, Heading = "Inledning", Section = "inledning" },
            new DocumentPart { Level = 1, Heading = "Ekonomi {{ year }}", Section = "ekonomi" },
            new DocumentPart { Level = 1, Heading = "Budget {{ year }} med plan för {{ plan_years[0] }}-{{ last_year }}", Table = TableKind.BudgetWithPlan },
        },
    };

    public static PlanText Text(string federationId) => new()
    {
        Name = $"federations/{federationId}/planTexts/2022",
        Sections =
        {
            new Section { Key = "inledning", Text = "Förbundets medlemmar är {{ federation.members | join: ', ' }}." },
            new Section { Key = "ekonomi", Text = "Intäkterna är {{ budget.income.kr }} och kostnaderna {{ budget.costs.kr }}; det egna kapitalet blir {{ budget.equity.tkr }} tkr." },
        },
    };

    public static void Figures(Neighbours neighbours, string federationId, bool adopted)
    {
        var parent = $"federations/{federationId}";
        neighbours.Federations[parent] = new Federation
        {
            Name = parent,
            DisplayName = "Samordningsförbundet Sundsvall",
            Members =
            {
                new Member { MemberId = "forsakringskassan", Kind = MemberKind.Forsakringskassan, DisplayName = "Försäkringskassan" },
                new Member { MemberId = "region-vasternorrland", Kind = MemberKind.Region, DisplayName = "Region Västernorrland" },
                new Member { MemberId = "sundsvalls-kommun", Kind = MemberKind.Municipality, DisplayName = "Sundsvalls kommun" },
            },
        };
        neighbours.Allocations[$"{parent}/allocations/2022"] = new Allocation { Name = $"{parent}/allocations/2022", Year = 2022, StateAmountOre = Tkr(3_689), Status = AllocationStatus.Decided };
        var budgetName = $"{parent}/budgets/2022";
        var status = adopted ? BudgetStatus.Adopted : BudgetStatus.Draft;
        neighbours.Budgets[budgetName] = new Contracts.Budget.V1.Budget
        {
            Name = budgetName,
            FirstYear = 2022,
            Status = status,
            Version = 1,
            AdoptedOn = adopted ? "2021-11-26" : "",
            ReferenceNumber = adopted ? "60/21" : "",
        };
        var report = new BudgetReport { Budget = budgetName, Version = 1, Status = status };
        report.Years.Add(Year(2022, costs: Tkr(8_034), openingEquity: Tkr(1_233)));
        report.Years.Add(Year(2023, costs: Tkr(7_378), openingEquity: Tkr(577)));
        report.Years.Add(Year(2024, costs: Tkr(7_378), openingEquity: Tkr(577)));
        neighbours.Reports[budgetName] = report;
        neighbours.Efforts[parent] =
        [
            new Effort
            {
                Name = $"{parent}/efforts/psykolog",
                DisplayName = "Psykolog",
                Kind = EffortKind.Individual,
                Status = EffortStatus.Running,
                CostLines = { new Contracts.Grants.V1.CostLine { Year = 2022, Description = "Psykolog", AmountOre = Tkr(895) } },
            },
        ];
    }

    private static YearReport Year(int year, long costs, long openingEquity)
    {
        var income = Tkr(7_378);
        var report = new YearReport
        {
            Year = year,
            Income =
            {
                new Row { Label = "Försäkringskassan", AmountOre = Tkr(3_689) },
                new Row { Label = "Region Västernorrland", AmountOre = Tkr(1_844.5m) },
                new Row { Label = "Sundsvalls kommun", AmountOre = Tkr(1_844.5m) },
            },
            IncomeOre = income,
            CostGroups = { new GroupReport { Key = "administration", Label = "Administration", AmountOre = costs } },
            CostsOre = costs,
            ResultOre = income - costs,
            OpeningEquityOre = openingEquity,
            EquityOre = openingEquity + income - costs,
        };
        return report;
    }
}
