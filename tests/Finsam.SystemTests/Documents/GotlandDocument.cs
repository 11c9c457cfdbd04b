using Finsam.Contracts.Documents.V1;
using Finsam.SystemTests.Infrastructure;

namespace Finsam.SystemTests.Documents;

// Gotland's template and plan text, written as its officer would write them for the plan in
// docs/federations/: a two-year plan in tkr, the contributions with Region Gotland's two
// quarters under its line, the efforts with owner and decision and both years' money, every
// line of both years, costs printed positive.
public static class GotlandDocument
{
    public static async Task SetUpAsync(FinsamSystem system, string id)
    {
        await FederationDocument.SaveAsync(system, id, 2026,
            new DocumentTemplate
            {
                TitlePage = new TitlePage
                {
                    Lines = { "FINSAM GOTLAND (PÅHITTAT EXEMPEL)", "Samordningsförbund för Region Gotland, Försäkringskassan och Arbetsförmedlingen" },
                    Date = "2025-11-28",
                    Title = "VERKSAMHETSPLAN OCH BUDGET {{ year }} MED PLAN FÖR {{ last_year }}",
                    ShowAdoption = true,
                    AdoptedBy = "förbundsstyrelsen",
                    AdoptionDateStyle = DateStyle.Long,
                },
                TableOfContents = true,
                Unit = AmountUnit.Tkr,
                EffortColumns = { EffortColumn.Kind, EffortColumn.Owner, EffortColumn.Decision },
                DashForZero = true,
                RowLabels =
                {
                    ["Försäkringskassan"] = "Försäkringskassan/Arbetsförmedlingen",
                    ["Budgeterat resultat"] = "Årets resultat",
                    ["Summa avsättningar"] = "Avsättningar",
                },
                Parts =
                {
                    new DocumentPart { Level = 1, Heading = "Förord", Section = "forord" },
                    new DocumentPart { Level = 1, Heading = "Förbundet och dess medlemmar", Section = "medlemmar" },
                    new DocumentPart { Level = 2, Heading = "Medlemsbidrag {{ year }}–{{ last_year }} (tkr)", Table = TableKind.Contributions },
                    new DocumentPart { Level = 1, Heading = "Ekonomi", Section = "ekonomi" },
                    new DocumentPart { Level = 1, Heading = "Insatser", Section = "insatser" },
                    new DocumentPart { Level = 2, Heading = "Beviljade insatser {{ year }}–{{ last_year }} (tkr)", Table = TableKind.GrantedEfforts },
                    new DocumentPart { Level = 1, Heading = "Budget {{ year }} med plan för {{ last_year }}", Table = TableKind.DetailedBudgetWithPlan },
                    new DocumentPart { Level = 1, Heading = "Resultatbudget och balansbudget" },
                    new DocumentPart { Level = 2, Heading = "Resultatbudget {{ year }}–{{ last_year }} (tkr)", Table = TableKind.ResultBudget },
                    new DocumentPart { Level = 2, Heading = "Balansbudget {{ year }}–{{ last_year }} (tkr)", Table = TableKind.BalanceBudget },
                },
            },
            new Section { Key = "forord", Text = "{{ federation.name }} går in i {{ year }} med ett större eget kapital än styrelsen anser motiverat." },
            new Section { Key = "medlemmar", Text = "Region Gotland är både region och kommun och är därför medlem i båda egenskaperna: regionen betalar både regionernas fjärdedel och kommunernas fjärdedel av medlemsbidragen." },
            new Section
            {
                Key = "ekonomi",
                Text = "Försäkringskassans preliminära besked om medelstilldelning är {{ allocation.state.tkr }} tkr för {{ year }}. "
                    + "Medlemsbidragen blir därmed {{ years[0].contributions.tkr }} tkr {{ year }} och {{ years[1].contributions.tkr }} tkr {{ last_year }}.\n\n"
                    + "Eget kapital beräknas vid utgången av {{ year | minus: 1 }} till {{ budget.opening_equity.tkr }} tkr. "
                    + "Budgeten för {{ year }} visar ett underskott på {{ years[0].result.tkr | remove: \"-\" }} tkr och planen för {{ last_year }} ett underskott på {{ years[1].result.tkr | remove: \"-\" }} tkr. "
                    + "Eget kapital beräknas därmed till {{ years[0].equity.tkr }} tkr vid utgången av {{ year }} och till {{ years[1].equity.tkr }} tkr vid utgången av {{ last_year }}, inom det spann som styrelsen har satt som mål.",
            },
            new Section
            {
                Key = "insatser",
                Text = "Förbundet avsätter {{ years[0].groups[\"medel-for-nya-insatser\"].tkr }} tkr {{ year }} och {{ years[1].groups[\"medel-for-nya-insatser\"].tkr }} tkr {{ last_year }} för insatser som ännu inte är beslutade.",
            });
    }
}
