using System.Text;
using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Documents.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.SystemTests.Grants;
using Finsam.SystemTests.Infrastructure;

namespace Finsam.SystemTests.Documents;

// A made-up federation shaped differently from Sundsvall: two municipalities splitting
// their quarter 40/60, a cost group of its own ("Kansli"), amounts in kronor, other
// sections and tables, and a text that lists its efforts from grants by itself.
[Collection(SystemCollection.Name)]
public sealed class OtherFederationTests(FinsamSystem system)
{
    private const char NoBreakSpace = '\u00A0';

    [Fact]
    public async Task A_federation_with_its_own_template_gets_its_own_document()
    {
        var id = await SetUpMittadalenAsync();

        var docx = DocxContent.Read((await DocumentFile.RenderAsync(system.Documents, id, FileFormat.Docx, 2025)).Content);

        Assert.Equal(
            [(1, "Om förbundet"), (1, "Ekonomi 2025"), (2, "Medlemsbidrag 2025–2027"), (1, "Beviljade insatser"), (1, "Budget 2025 med plan för 2026–2027"), (2, "Resultatbudget")],
            docx.Headings);
        Assert.False(docx.HasContentsField);
        Assert.Equal(4, docx.Tables.Count);

        // Kronor, not tkr; both municipalities by their agreed shares.
        Assert.Equal(["Medlem", "2025", "2026", "2027"], docx.Tables[0][0]);
        Assert.True(docx.HasRow("Försäkringskassan", ["2 125 000", "2 125 000", "2 125 000"]));
        Assert.True(docx.HasRow("Region Västernorrland", ["1 062 500", "1 062 500", "1 062 500"]));
        Assert.True(docx.HasRow("Kramfors kommun", ["425 000", "425 000", "425 000"]));
        Assert.True(docx.HasRow("Sollefteå kommun", ["637 500", "637 500", "637 500"]));
        Assert.True(docx.HasRow("Summa kommunerna", ["1 062 500", "1 062 500", "1 062 500"]));
        Assert.True(docx.HasRow("Summa medlemsbidrag", ["4 250 000", "4 250 000", "4 250 000"]));

        // The efforts granted for the year, from grants, with what is decided for each year of the plan.
        Assert.True(docx.HasRow("Hälsolots", ["Individinriktad", "Hälsa", "900 000", "-", "-"]));
        Assert.True(docx.HasRow("Steg framåt", ["Individinriktad", "Arbetsliv", "1 400 000", "-", "-"]));
        Assert.True(docx.HasRow("Samverkansforum", ["Strukturinriktad", "Struktur", "300 000", "-", "-"]));
        Assert.True(docx.HasRow("Summa beviljade insatser", ["", "", "2 600 000", "-", "-"]));

        // Its own cost group, beside the board and the administration.
        Assert.True(docx.HasRow("Kansli", ["870 000", "880 000", "890 000"]));
        Assert.True(docx.HasRow("Beslutade aktiviteter", ["2 600 000", "0", "0"]));
        Assert.True(docx.HasRow("Summa kostnader", ["3 701 000", "1 050 000", "1 060 000"]));
        Assert.True(docx.HasRow("Budgeterat resultat", ["549 000", "3 200 000", "3 190 000"]));
        Assert.True(docx.HasRow("Årets resultat", ["549 000", "3 200 000", "3 190 000"]));

        Assert.Contains($"Medlemmarna bidrar med 4{NoBreakSpace}250{NoBreakSpace}000{NoBreakSpace}kr år 2025", docx.Text);
        Assert.Contains("Antagen av förbundsstyrelsen den 2024-11-20", docx.Text);
        Assert.Contains("Steg framåt (Arbetsliv)", docx.Text);
        Assert.DoesNotContain("Innehåll", docx.Text);

        var pdf = await PdfContent.ReadAsync((await DocumentFile.RenderAsync(system.Documents, id, FileFormat.Pdf, 2025)).Content, "mittadalen-2025");
        Assert.True(pdf.HasRow("Sollefteå kommun", ["637 500", "637 500", "637 500"]));
        Assert.True(pdf.HasRow("Kansli", ["870 000", "880 000", "890 000"]));
        Assert.Equal("yes", pdf.InfoField("Tagged"));
        var html = Encoding.UTF8.GetString((await DocumentFile.RenderAsync(system.Documents, id, FileFormat.Html, 2025)).Content);
        Assert.Contains("<caption>Belopp i kronor</caption>", html);
    }

    private async Task<string> SetUpMittadalenAsync()
    {
        var id = Federations.NewId("mittadalen");
        var parent = $"federations/{id}";
        await system.Funding.CreateFederationAsync(new CreateFederationRequest
        {
            FederationId = id,
            Federation = new Federation
            {
                DisplayName = "Samordningsförbundet Mittådalen",
                MunicipalShareBasis = ShareBasis.AgreedShares,
                Members =
                {
                    new Member { MemberId = "forsakringskassan", Kind = MemberKind.Forsakringskassan, DisplayName = "Försäkringskassan" },
                    new Member { MemberId = "arbetsformedlingen", Kind = MemberKind.Arbetsformedlingen, DisplayName = "Arbetsförmedlingen" },
                    new Member { MemberId = "region", Kind = MemberKind.Region, DisplayName = "Region Västernorrland" },
                    new Member { MemberId = "kramfors", Kind = MemberKind.Municipality, DisplayName = "Kramfors kommun", AgreedShareBasisPoints = 4_000 },
                    new Member { MemberId = "solleftea", Kind = MemberKind.Municipality, DisplayName = "Sollefteå kommun", AgreedShareBasisPoints = 6_000 },
                },
            },
        });
        foreach (var year in new[] { 2025, 2026, 2027 })
        {
            await system.Funding.CreateAllocationAsync(new CreateAllocationRequest { Parent = parent, Allocation = new Allocation { Year = year, StateAmountOre = 212_500_000, Status = AllocationStatus.Decided } });
        }
        foreach (var (effortId, name, kind, group, kronor) in new[]
        {
            ("steg-framat", "Steg framåt", EffortKind.Individual, "Arbetsliv", 1_400_000L),
            ("halsolots", "Hälsolots", EffortKind.Individual, "Hälsa", 900_000L),
            ("samverkansforum", "Samverkansforum", EffortKind.Structural, "Struktur", 300_000L),
        })
        {
            await GrantedEfforts.CreateAsync(system.Grants, id, effortId, new Effort
            {
                DisplayName = name,
                Kind = kind,
                CostGroup = group,
                CostLines = { new Contracts.Grants.V1.CostLine { Year = 2025, Description = name, AmountOre = kronor * 100 } },
            }, running: false);
        }

        BudgetLine Line(string label, long kronor, LineKind kind = LineKind.Operating) => new() { Label = label, Year = 2025, AmountOre = kronor * 100, Kind = kind };
        YearAmount Total(int year, long kronor) => new() { Year = year, AmountOre = kronor * 100 };
        await system.Budget.CreateBudgetAsync(new CreateBudgetRequest
        {
            Parent = parent,
            Budget = new Finsam.Contracts.Budget.V1.Budget
            {
                FirstYear = 2025,
                CostGroups =
                {
                    new CostGroupInput { Key = "board", Label = "Styrelsen", Kind = CostGroupKind.Board, Lines = { Line("Arvoden", 90_000) }, Totals = { Total(2026, 95_000), Total(2027, 95_000) } },
                    new CostGroupInput { Key = "office", Label = "Kansli", Kind = CostGroupKind.Other, Lines = { Line("Förbundschef", 750_000), Line("Lokaler", 120_000) }, Totals = { Total(2026, 880_000), Total(2027, 890_000) } },
                    new CostGroupInput
                    {
                        Key = "administration", Label = "Administration", Kind = CostGroupKind.Administration,
                        Lines = { Line("Revision", 60_000), Line("Ekonomitjänster", 80_000), Line("Bankavgifter", 1_000, LineKind.FinancialCost) },
                        Totals = { Total(2026, 75_000), Total(2027, 75_000) },
                    },
                    new CostGroupInput { Key = "insatser", Label = "Beslutade aktiviteter", Source = CostGroupSource.DecidedEfforts },
                },
                OpeningEquityOre = 90_000_000,
                Balance = { new[] { 2025, 2026, 2027 }.Select(year => new BalanceEntries { Year = year, ShortTermLiabilitiesOre = 20_000_000 }) },
            },
        });
        await system.Budget.ProposeBudgetAsync(new ProposeBudgetRequest { Name = $"{parent}/budgets/2025" });
        await system.Budget.AdoptBudgetAsync(new AdoptBudgetRequest { Name = $"{parent}/budgets/2025", AdoptedOn = "2024-11-20", ReferenceNumber = "Dnr 2024/12" });

        await system.Documents.UpdateDocumentTemplateAsync(new UpdateDocumentTemplateRequest
        {
            AllowMissing = true,
            Template = new DocumentTemplate
            {
                Name = $"{parent}/documentTemplate",
                TitlePage = new TitlePage { Lines = { "Samordningsförbundet Mittådalen" }, Title = "Verksamhetsplan {{ year }}", ShowAdoption = true, AdoptedBy = "förbundsstyrelsen" },
                Unit = AmountUnit.Kronor,
                Parts =
                {
                    new DocumentPart { Level = 1, Heading = "Om förbundet", Section = "om" },
                    new DocumentPart { Level = 1, Heading = "Ekonomi {{ year }}", Section = "ekonomi" },
                    new DocumentPart { Level = 2, Heading = "Medlemsbidrag {{ year }}–{{ last_year }}", Table = TableKind.Contributions },
                    new DocumentPart { Level = 1, Heading = "Beviljade insatser", Section = "insatser" },
                    new DocumentPart { Table = TableKind.GrantedEfforts },
                    new DocumentPart { Level = 1, Heading = "Budget {{ year }} med plan för {{ plan_years[0] }}–{{ last_year }}", Table = TableKind.BudgetWithPlan },
                    new DocumentPart { Level = 2, Heading = "Resultatbudget", Table = TableKind.ResultBudget },
                },
            },
        });
        await system.Documents.UpdatePlanTextAsync(new UpdatePlanTextRequest
        {
            AllowMissing = true,
            PlanText = new PlanText
            {
                Name = $"{parent}/planTexts/2025",
                Sections =
                {
                    new Section { Key = "om", Text = "{{ federation.name }} har dessa medlemmar:\n\n{% for member in federation.members %}- {{ member }}\n{% endfor %}" },
                    new Section { Key = "ekonomi", Text = "Medlemmarna bidrar med {{ budget.income.kr }} år {{ year }}, varav staten {{ allocation.state.kr }}." },
                    new Section { Key = "insatser", Text = "{% for effort in efforts.all %}- {{ effort.name }} ({{ effort.cost_group }}): {{ effort.amount.kr }}\n{% endfor %}" },
                },
            },
        });
        return id;
    }
}
