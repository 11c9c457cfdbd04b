using System.Globalization;
using System.Text;
using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Documents.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.SourceDocuments;
using Finsam.SystemTests.Budget;
using Finsam.SystemTests.Infrastructure;
using Google.Protobuf;

namespace Finsam.SystemTests.Documents;

// Norrvik's 2026 as docs/federations/norrvik-arsredovisning-2026.txt tells it, entered through the
// gateway: the books, the closed year, the efforts' participants, and the federation's own annual
// report template and text.
public static class NorrvikYear
{
    private const int Year = NorrvikBudget.Year;
    private const string Actual = "Utfall 2026";

    public static readonly SourceDocument Source = SourceDocument.Load("norrvik-arsredovisning-2026.txt");

    // The accounts the books use, the budget row each goes to and the source row it sums to.
    public static readonly (string Account, string Name, string Row, string SourceRow, bool Income)[] Accounts =
    [
        ("3010", "Medlemsbidrag", "contributions", "Medlemsbidrag", true),
        ("3990", "Ovriga intakter", "other-income", "Övriga intäkter", true),
        ("4010", "Kopta tjanster insatser", "insatser", "Insatser", false),
        ("4510", "Gemensamma aktiviteter", "gemensamma-aktiviteter", "Gemensamma aktiviteter", false),
        ("7010", "Forbundets administration", "administration", "Förbundets administration", false),
    ];

    // The efforts' project objects (dimension 6) and the source's names for them.
    public static readonly (string Object, string Effort, string Name)[] Objects =
    [
        ("steget", "steget-vidare", "Steget vidare"),
        ("arbetsliv", "arbetslivsteamet", "Arbetslivsteamet"),
        ("halsa", "halsoskolan", "Hälsoskolan"),
        ("samverkan", "samverkansutbildning", "Samverkansutbildning för handläggare"),
    ];

    // The year's books as the accounting program exports them (each source row's year in twelve
    // monthly vouchers, each effort's cost on its project object), mapped to the budget's rows,
    // imported through the gateway and closed.
    public static async Task BookAsync(FinsamSystem system, string parent)
    {
        await system.Budget.SetActualsMappingAsync(new SetActualsMappingRequest
        {
            ActualsMapping = new ActualsMapping
            {
                Name = $"{parent}/actualsMapping",
                Accounts = { Accounts.Select(a => new AccountMappingRule { Prefix = a.Account, Row = a.Row }) },
                Objects = { Objects.Select(o => new ObjectMappingRule { Dimension = "6", Object = o.Object, Effort = $"{parent}/efforts/{o.Effort}" }) },
            },
        });
        var result = Source.Table("Resultaträkning 2026");
        var efforts = Source.Table("Insatsernas kostnader 2026");
        var bookings = new List<(string Account, string? Object, long Ore)>();
        foreach (var (account, _, _, sourceRow, _) in Accounts)
        {
            // Income is credit, a cost (printed negative) debit: the books' signs are the printed ones negated.
            var ore = -Ore(result.Amount(sourceRow, Actual));
            if (account == "4010")
            {
                foreach (var (objectId, _, name) in Objects)
                {
                    var effortOre = Ore(efforts.Amount(name, "Kostnad 2026"));
                    bookings.Add((account, objectId, effortOre));
                    ore -= effortOre;
                }
            }
            bookings.Add((account, null, ore));
        }
        await system.Budget.ImportActualsAsync(new ImportActualsRequest
        {
            Parent = parent,
            Year = Year,
            FileName = "norrvik-2026.se",
            Content = ByteString.CopyFrom(Encoding.ASCII.GetBytes(Sie(bookings))),
        });
        await system.Budget.CloseYearAsync(new CloseYearRequest { Name = $"{parent}/actuals/{Year}" });
    }

    private static string Sie(IReadOnlyList<(string Account, string? Object, long Ore)> bookings)
    {
        var sie = new StringBuilder();
        sie.Append(CultureInfo.InvariantCulture, $"#FLAGGA 0\r\n#FORMAT PC8\r\n#SIETYP 4\r\n#PROGRAM \"Bokforingen\" 1.0\r\n#FNAMN \"Samordningsforbundet Norrvik\"\r\n#GEN {Year + 1}0115\r\n#RAR 0 {Year}0101 {Year}1231\r\n#DIM 6 \"Projekt\"\r\n");
        foreach (var (account, name, _, _, _) in Accounts)
        {
            sie.Append(CultureInfo.InvariantCulture, $"#KONTO {account} \"{name}\"\r\n");
        }
        sie.Append("#KONTO 1930 \"Foretagskonto\"\r\n#KONTO 2010 \"Eget kapital\"\r\n#KONTO 2440 \"Leverantorsskulder\"\r\n");
        // What the books held when the year began: the bank, the suppliers' invoices not yet paid,
        // and the equity the budget estimated.
        sie.Append("#IB 0 1930 982000.00\r\n#IB 0 2010 -742000.00\r\n#IB 0 2440 -240000.00\r\n");
        foreach (var (objectId, _, _) in Objects)
        {
            sie.Append(CultureInfo.InvariantCulture, $"#OBJEKT 6 \"{objectId}\" \"{objectId}\"\r\n");
        }
        var number = 0;
        foreach (var (account, objectId, ore) in bookings)
        {
            // A twelfth each month, the öre left over in December.
            for (var month = 1; month <= 12; month++)
            {
                var part = month < 12 ? ore / 12 : ore - 11 * (ore / 12);
                var objects = objectId is null ? "{}" : $"{{6 \"{objectId}\"}}";
                sie.Append(CultureInfo.InvariantCulture, $"#VER A {++number} {Year}{month:00}15 \"Verifikation {number}\"\r\n{{\r\n");
                sie.Append(CultureInfo.InvariantCulture, $"   #TRANS {account} {objects} {Kronor(part)}\r\n   #TRANS 1930 {{}} {Kronor(-part)}\r\n}}\r\n");
            }
        }
        return sie.ToString();
    }

    // The source's appendix, per effort, as officers enter each effort's yearly follow-up.
    public static async Task EnterParticipantsAsync(FinsamSystem system, string parent)
    {
        var perEffort = Source.Table("Deltagare per insats 2026");
        foreach (var name in perEffort.Columns)
        {
            int N(string label) => (int)perEffort.Amount(label, name);
            var effort = Objects.Single(o => o.Name == name).Effort;
            await system.Grants.SetFollowUpAsync(new SetFollowUpRequest
            {
                FollowUp = new FollowUp
                {
                    Name = $"{parent}/efforts/{effort}/followUps/{Year}",
                    Participants = new Participants
                    {
                        Started = N("Påbörjade"), Ongoing = N("Pågående vid årets slut"), Ended = N("Avslutade"),
                        Women = N("Kvinnor"), Men = N("Män"),
                        Aged16To29 = N("16–29 år"), Aged30To49 = N("30–49 år"), Aged50To64 = N("50–64 år"),
                        BeforeSicknessBenefit = N("Sjukpenning eller sjukersättning"), BeforeActivitySupport = N("Aktivitetsstöd"),
                        BeforeIncomeSupport = N("Försörjningsstöd"), BeforeNoIncome = N("Ingen ersättning"), BeforeOther = N("Annan försörjning"),
                        AfterWork = N("Arbete"), AfterStudies = N("Studier"), AfterJobSeeking = N("Arbetssökande"), AfterOther = N("Annat"),
                    },
                },
            });
        }
    }

    // Norrvik's own annual report template (in kronor, as its plan) and the year's text, whose
    // figures are placeholders.
    public static async Task WriteReportAsync(FinsamSystem system, string parent)
    {
        await system.Documents.UpdateDocumentTemplateAsync(new UpdateDocumentTemplateRequest
        {
            AllowMissing = true,
            Template = new DocumentTemplate
            {
                Name = $"{parent}/annualReportTemplate",
                TitlePage = new TitlePage { Lines = { "SAMORDNINGSFÖRBUNDET NORRVIK" }, Title = "ÅRSREDOVISNING {{ year }}" },
                Unit = AmountUnit.Kronor,
                TableOfContents = true,
                Parts =
                {
                    new DocumentPart { Level = 1, Heading = "Förvaltningsberättelse", Section = "forvaltningsberattelse" },
                    new DocumentPart { Level = 2, Heading = "Verksamheten under {{ year }}", Section = "verksamheten" },
                    new DocumentPart { Level = 2, Heading = "Måluppfyllelse", Table = TableKind.GoalFulfilment },
                    new DocumentPart { Level = 2, Heading = "Deltagare {{ year }}", Table = TableKind.Participants },
                    new DocumentPart { Level = 2, Heading = "Insatsernas kostnader {{ year }}", Table = TableKind.EffortOutcomes },
                    new DocumentPart { Level = 1, Heading = "Resultaträkning {{ year }}", Table = TableKind.ResultStatement },
                    new DocumentPart { Level = 1, Heading = "Balansräkning {{ year }}", Table = TableKind.BalanceSheet },
                    new DocumentPart { Level = 1, Heading = "Eget kapital {{ year }}", Table = TableKind.Equity },
                    new DocumentPart { Level = 1, Heading = "Underskrifter", Table = TableKind.Signatures },
                    new DocumentPart { Level = 1, Heading = "Revisorernas avsnitt", Section = "revisorerna" },
                },
            },
        });
        var signatories = Source.Table("Styrelsens ledamöter").Rows.Select(row => new Signatory { Name = row.Label, Role = row.Cells[0] });
        await system.Documents.UpdatePlanTextAsync(new UpdatePlanTextRequest
        {
            AllowMissing = true,
            PlanText = new PlanText
            {
                Name = $"{parent}/annualReportTexts/{Year}",
                Sections =
                {
                    new Section { Key = "forvaltningsberattelse", Text = "Förbundet redovisar ett resultat på {{ actuals.result.kr }} för {{ year }}, mot ett budgeterat resultat på {{ budget.result.kr }}." },
                    new Section { Key = "verksamheten", Text = "Under året påbörjade {{ participants.started }} personer en insats och {{ participants.ended }} avslutade en. Av dem som avslutade gick {{ participants.after_work }} till arbete och {{ participants.after_studies }} till studier." },
                    new Section { Key = "revisorerna", Text = "Revisorerna har granskat förbundets verksamhet och räkenskaper för {{ year }} och tillstyrker att styrelsen beviljas ansvarsfrihet." },
                },
                Signatories = { signatories },
                SigningPlaceAndDate = "Norrvik den 12 mars 2027",
            },
        });
    }

    public static long Ore(decimal kronor) => (long)(kronor * 100);

    private static string Kronor(long ore) => (ore / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}
