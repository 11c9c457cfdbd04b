using Finsam.Contracts.Documents.V1;

namespace Finsam.Documents.Composition;

// The annual report as a federation gets it before it writes a template of its own: the parts
// an årsredovisning with verksamhetsberättelse has, in the usual order. The texts are the
// year's annualReportTexts sections under these keys; a section not written is left out.
public static class StandardAnnualReport
{
    public static DocumentTemplate Template(string federationId) => new()
    {
        Name = DocumentNames.AnnualReportTemplate.Format(federationId),
        TitlePage = new TitlePage { Title = "Årsredovisning {{ year }} för {{ federation.name }}" },
        TableOfContents = true,
        Unit = AmountUnit.Tkr,
        Parts =
        {
            Section(1, "Förvaltningsberättelse", "forvaltningsberattelse"),
            Section(2, "Verksamheten under {{ year }}", "verksamheten"),
            Table(2, "Måluppfyllelse", TableKind.GoalFulfilment),
            Table(2, "Deltagare", TableKind.Participants),
            Section(2, "Insatser", "insatser"),
            Table(0, "", TableKind.EffortOutcomes),
            Table(1, "Resultaträkning", TableKind.ResultStatement),
            Table(1, "Balansräkning", TableKind.BalanceSheet),
            Table(1, "Eget kapital", TableKind.Equity),
            Section(1, "Noter", "noter"),
            Table(1, "Underskrifter", TableKind.Signatures),
            Section(1, "Revisorernas avsnitt", "revisorerna"),
        },
    };

    private static DocumentPart Section(int level, string heading, string key) => new() { Level = level, Heading = heading, Section = key };

    private static DocumentPart Table(int level, string heading, TableKind table) => new() { Level = level, Heading = heading, Table = table };
}
