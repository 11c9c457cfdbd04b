using System.Globalization;
using System.Text.RegularExpressions;
using Finsam.Contracts.Documents.V1;

namespace Finsam.Web.Components.Shared;

// The document template's choices as officers name them, and a template to start from.
public static class DocumentTexts
{
    // A section's field label: the heading the template prints it under, with the year filled in;
    // a heading without one, or with other placeholders, leaves the section's key to name it.
    public static string SectionLabel(string key, string heading, int year)
    {
        var filled = Regex.Replace(heading, @"\{\{\s*year\s*\}\}", year.ToString(CultureInfo.InvariantCulture)).Trim();
        return filled.Length == 0 || filled.Contains("{{", StringComparison.Ordinal) || filled.Contains("{%", StringComparison.Ordinal)
            ? $"Avsnitt {key}"
            : filled;
    }

    public static readonly IReadOnlyList<(TableKind Value, string Text)> Tables =
    [
        (TableKind.BudgetWithPlan, "Budget med plan"),
        (TableKind.DetailedBudget, "Detaljerad budget"),
        (TableKind.DetailedBudgetWithPlan, "Detaljerad budget med plan"),
        (TableKind.ResultBudget, "Resultatbudget"),
        (TableKind.BalanceBudget, "Balansbudget"),
        (TableKind.BudgetRoom, "Budgetutrymme"),
        (TableKind.Contributions, "Medlemsbidrag"),
        (TableKind.GrantedEfforts, "Beviljade insatser"),
    ];

    // An annual report prints the plan's tables (of its budget) and its own, of the year's actuals.
    public static readonly IReadOnlyList<(TableKind Value, string Text)> AnnualReportTables =
    [
        (TableKind.ResultStatement, "Resultaträkning (utfall mot budget)"),
        (TableKind.BalanceSheet, "Balansräkning"),
        (TableKind.Equity, "Eget kapital"),
        (TableKind.GoalFulfilment, "Måluppfyllelse"),
        (TableKind.Participants, "Deltagare"),
        (TableKind.EffortOutcomes, "Insatsernas kostnader"),
        (TableKind.Signatures, "Underskrifter"),
        .. Tables,
    ];

    public static readonly IReadOnlyList<(EffortColumn Value, string Text)> EffortColumns =
    [
        (EffortColumn.Kind, "Inriktning"),
        (EffortColumn.CostGroup, "Kostnadsgrupp"),
        (EffortColumn.Owner, "Huvudman"),
        (EffortColumn.Period, "Period"),
        (EffortColumn.Decision, "Styrelsebeslut"),
    ];

    public static readonly IReadOnlyList<(PartContent Value, string Text)> PartContents =
        [(PartContent.Section, "Ett avsnitt av texten"), (PartContent.Table, "En tabell"), (PartContent.HeadingOnly, "Bara rubriken")];

    public static readonly IReadOnlyList<(HeadingLevel Value, string Text)> HeadingLevels =
        [(HeadingLevel.One, "1 (kapitel)"), (HeadingLevel.Two, "2"), (HeadingLevel.Three, "3")];

    public static readonly IReadOnlyList<(AmountUnit Value, string Text)> Units =
        [(AmountUnit.Tkr, "Tusental kronor (tkr)"), (AmountUnit.Kronor, "Kronor")];

    public static readonly IReadOnlyList<(DateStyle Value, string Text)> DateStyles =
        [(DateStyle.Iso, "2021-11-26"), (DateStyle.Long, "26 november 2021")];

    // What most plans hold, for a federation that has no template yet; stored only when saved.
    public static DocumentTemplate StarterTemplate(string name) => new()
    {
        Name = name,
        TitlePage = new TitlePage
        {
            Lines = { "SAMORDNINGSFÖRBUNDET" },
            Title = "Verksamhetsplan och budget {{ year }}–{{ last_year }}",
            ShowReferenceNumber = true,
            ShowAdoption = true,
            AdoptedBy = "styrelsen för Samordningsförbundet",
        },
        TableOfContents = true,
        Unit = AmountUnit.Tkr,
        Parts =
        {
            new DocumentPart { Level = 1, Heading = "Inledning", Section = "inledning" },
            new DocumentPart { Level = 1, Heading = "Verksamhet {{ year }}", Section = "verksamhet" },
            new DocumentPart { Level = 1, Heading = "Budget {{ year }}", Table = TableKind.BudgetWithPlan },
            new DocumentPart { Level = 2, Heading = "Medlemsbidrag", Table = TableKind.Contributions },
            new DocumentPart { Level = 2, Heading = "Beviljade insatser", Table = TableKind.GrantedEfforts },
        },
    };
}
