using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Funding.V1;
using DocumentTable = Finsam.Documents.Composition.Table;

namespace Finsam.Documents.Composition;

// Medlemsbidrag: what each member pays, as funding split it, whichever way the budget's
// income rows show the contributions.
public sealed partial class BudgetTables
{
    private DocumentTable Contributions()
    {
        var members = _years.SelectMany(y => y.MemberContributions).DistinctBy(m => m.MemberId).ToList();
        var populations = PopulationsOfMunicipalities();
        var withPopulation = inputs.Template.PopulationHeading.Length > 0;
        var municipal = members.Where(m => PaysPart(m.MemberId, c => c.MunicipalPartOre)).ToList();

        string[] Cells(string population, IEnumerable<string> amounts) => withPopulation ? [population, .. amounts] : [.. amounts];
        string PopulationOf(string memberId) => populations.TryGetValue(memberId, out var count) ? Count(count) : "";

        var rows = new List<TableRow>();
        foreach (var member in members)
        {
            rows.Add(new TableRow(Label(member.DisplayName), Cells(PopulationOf(member.MemberId), AmountsOf(member.MemberId, m => m.AmountOre))));
            if (PaysPart(member.MemberId, c => c.RegionalPartOre) && PaysPart(member.MemberId, c => c.MunicipalPartOre))
            {
                // One line pays two quarters: say how much of each.
                rows.Add(new TableRow(Label("varav regionens fjärdedel"), Cells("", AmountsOf(member.MemberId, m => m.RegionalPartOre))));
                rows.Add(new TableRow(Label("varav kommunens fjärdedel"), Cells("", AmountsOf(member.MemberId, m => m.MunicipalPartOre))));
            }
            if (municipal.Count > 1 && member == municipal[^1])
            {
                var population = municipal.Sum(m => populations.GetValueOrDefault(m.MemberId));
                rows.Add(new TableRow(
                    Label("Summa kommunerna"),
                    Cells(population > 0 ? Count(population) : "", _years.Select(y => Amount(y.MemberContributions.Sum(m => m.MunicipalPartOre)))),
                    RowStyle.Total));
            }
        }
        rows.Add(new TableRow(Label("Summa medlemsbidrag"), Cells("", _years.Select(y => Amount(y.ContributionsOre))), RowStyle.Total));

        string[] header = withPopulation
            ? ["Medlem", inputs.Template.PopulationHeading, .. _years.Select(y => Year(y.Year))]
            : ["Medlem", .. _years.Select(y => Year(y.Year))];
        return new DocumentTable(header, rows, UnitNote);
    }

    private IEnumerable<string> AmountsOf(string memberId, Func<MemberContributionReport, long> amount) =>
        _years.Select(y => Amount(y.MemberContributions.Where(m => m.MemberId == memberId).Sum(amount)));

    // Whether the member pays some of that quarter in any year of the budget.
    private bool PaysPart(string memberId, Func<MemberContributionReport, long> part) =>
        _years.SelectMany(y => y.MemberContributions).Any(m => m.MemberId == memberId && part(m) != 0);

    // The populations the municipalities' quarter is split by; none where it is split by
    // agreed shares.
    private Dictionary<string, long> PopulationsOfMunicipalities() =>
        inputs.Federation is { MunicipalShareBasis: ShareBasis.Population or ShareBasis.Unspecified } federation
            ? federation.Members.Where(m => m.Kind is MemberKind.Municipality or MemberKind.RegionAndMunicipality).ToDictionary(m => m.MemberId, m => m.Population)
            : [];

    private static string Count(long count) => SwedishFormat.Count(count);
}
