using Finsam.Contracts.Documents.V1;
using Finsam.SystemTests.Infrastructure;

namespace Finsam.SystemTests.Documents;

// Norrvik's template and plan text, written as its officer would write them for the plan in
// docs/federations/: the title page with the vision below the title and the long adoption date,
// its sections, and its tables in its own layout (contributions with the population column,
// the efforts with owner, period and decision, every line of the budget, the budget room).
public static class NorrvikDocument
{
    public static async Task SetUpAsync(FinsamSystem system, string id)
    {
        await FederationDocument.SaveAsync(system, id, 2026,
            new DocumentTemplate
            {
                TitlePage = new TitlePage
                {
                    Lines = { "SAMORDNINGSFÖRBUNDET NORRVIK" },
                    Date = "2025-11-27",
                    ShowReferenceNumber = true,
                    Title = "VERKSAMHETSPLAN OCH BUDGET {{ year }}",
                    LinesBelowTitle = { "Vägen till egen försörjning går genom samverkan" },
                    ShowAdoption = true,
                    AdoptedBy = "förbundsstyrelsen",
                    AdoptionDateStyle = DateStyle.Long,
                },
                Unit = AmountUnit.Kronor,
                PopulationHeading = "Invånare 31 december 2024",
                EffortColumns = { EffortColumn.Kind, EffortColumn.Owner, EffortColumn.Period, EffortColumn.Decision },
                DashForZero = true,
                ContingentLiabilities = "Inga",
                RowLabels =
                {
                    ["Försäkringskassan"] = "Försäkringskassan/Arbetsförmedlingen",
                    ["Ingående överskott"] = "Ingående överskott (eget kapital 1 januari {{ year }})",
                    ["Utgående överskott"] = "Utgående överskott (eget kapital 31 december {{ year }})",
                    ["Summa avsättningar"] = "Avsättningar",
                },
                Parts =
                {
                    new DocumentPart { Level = 1, Heading = "Inledning", Section = "inledning" },
                    new DocumentPart { Level = 1, Heading = "Uppdrag och prioriteringar {{ year }}", Section = "uppdrag" },
                    new DocumentPart { Level = 1, Heading = "Medlemmar och medlemsbidrag", Section = "medlemmar" },
                    new DocumentPart { Level = 2, Heading = "Medlemsbidrag {{ year }}", Table = TableKind.Contributions },
                    new DocumentPart { Level = 1, Heading = "Ekonomi", Section = "ekonomi" },
                    new DocumentPart { Level = 1, Heading = "Beviljade insatser {{ year }}", Section = "insatser" },
                    new DocumentPart { Level = 2, Heading = "Insatser {{ year }}", Table = TableKind.GrantedEfforts },
                    new DocumentPart { Level = 1, Heading = "Budget", Section = "budget" },
                    new DocumentPart { Level = 2, Heading = "Budget {{ year }}", Table = TableKind.DetailedBudgetWithPlan },
                    new DocumentPart { Level = 1, Heading = "Budgetutrymme", Section = "budgetutrymme" },
                    new DocumentPart { Level = 2, Heading = "Budgetutrymme {{ year }}", Table = TableKind.BudgetRoom },
                    new DocumentPart { Level = 1, Heading = "Resultatbudget och balansbudget" },
                    new DocumentPart { Level = 2, Heading = "Resultatbudget {{ year }}", Table = TableKind.ResultBudget },
                    new DocumentPart { Level = 2, Heading = "Balansbudget {{ year }}", Table = TableKind.BalanceBudget },
                },
            },
            new Section { Key = "inledning", Text = "{{ federation.name }} är ett samordningsförbund enligt lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser. Verksamhetsplanen gäller för {{ year }}. Styrelsen fastställde verksamhetsplanen och budgeten vid sitt sammanträde den {{ adoption.long_date }}." },
            new Section
            {
                Key = "uppdrag",
                Text = "Styrelsen har för {{ year }} beslutat om följande prioriteringar:\n\n"
                    + "1. Fler unga vuxna mellan 19 och 29 år som varken arbetar eller studerar ska få ett samordnat stöd mot arbete eller studier.\n\n"
                    + "Unga vuxna är den grupp som ökar mest bland förbundets deltagare.\n\n"
                    + "2. Personer med psykisk ohälsa ska få tidigt och samordnat stöd från hälso- och sjukvården, kommunen och de statliga myndigheterna.\n"
                    + "3. Handläggare hos medlemmarna ska känna till varandras uppdrag och förbundets insatser.",
            },
            new Section { Key = "medlemmar", Text = "Staten betalar genom Försäkringskassan hälften av förbundets medlemsbidrag, för både Försäkringskassan och Arbetsförmedlingen. Kommunernas fjärdedel fördelas enligt 9 § förbundsordningen efter folkmängden den 31 december 2024." },
            new Section
            {
                Key = "ekonomi",
                Text = "Försäkringskassan har i beslut om medelstilldelning för {{ year }} tilldelat förbundet {{ allocation.state.kr }} för statens räkning. "
                    + "Region Mellannorr och de tre kommunerna matchar statens belopp, vilket ger medlemsbidrag på sammanlagt {{ budget.contributions.kr }}.\n\n"
                    + "Kostnaderna budgeteras till {{ budget.costs.kr }}, varav insatskostnader {{ budget.subtotals.insatskostnader.kr }} och förbundets egen administration {{ budget.groups.administration.kr }}. "
                    + "Årets resultat budgeteras till ett underskott på {{ budget.result.kronor | remove: \"-\" }} kr. "
                    + "Eget kapital beräknas vid utgången av {{ year | minus: 1 }} till {{ budget.opening_equity.kr }} och minskar därmed till {{ budget.equity.kr }} vid utgången av {{ year }}.",
            },
            new Section { Key = "insatser", Text = "Styrelsen har beviljat följande insatser för {{ year }}. Beloppen är de som styrelsen har beslutat för {{ year }}." },
            new Section { Key = "budget", Text = "Budgeten redovisas i kronor. Kostnader anges med minustecken." },
            new Section { Key = "budgetutrymme", Text = "Budgetutrymmet visar hur årets medel och det överskott som förbundet har med sig från tidigare år används under {{ year }}." });
    }
}
