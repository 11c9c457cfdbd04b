using System.Globalization;
using Finsam.Contracts.Budget.V1;
using Finsam.Web.Components.Regional;

namespace Finsam.Web.Spreadsheets;

// The regional body's tables that download, by the name in their link. Each asks what its
// page asks, with the person's token: the budget and funding services refuse anyone but a
// regional administrator, so the files do too.
public static class RegionalTables
{
    public const string RollUp = "forbundens-budgetar";
    public const string Distribution = "fordelning";

    public static readonly IReadOnlyDictionary<string, TableDownloads.Source> Sources = new Dictionary<string, TableDownloads.Source>(StringComparer.Ordinal)
    {
        [RollUp] = async (query, gateway, user, ct) =>
        {
            if (!int.TryParse(query["ar"], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2200)
            {
                return null;
            }
            var rollUp = await (await gateway.BudgetAsync(user, ct)).RollUpAsync(new RollUpRequest { Year = year }, cancellationToken: ct);
            var names = await FederationNames.ReadAsync(await gateway.FundingAsync(user, ct), ct);
            var column = Enum.TryParse<RollUpColumn>(query["sortera"], ignoreCase: false, out var chosen) && Enum.IsDefined(chosen) ? chosen : RollUpColumn.Federation;
            var sorted = RollUpSorting.Sort(RollUpRow.From(rollUp, names), column, descending: query["ordning"] == "fallande");
            return new TableFile($"forbundens-budgetar-{year}", RegionalSheets.RollUp(rollUp, sorted));
        },
        [Distribution] = async (query, gateway, user, ct) =>
        {
            if (DistributionQuery.From(query) is not { } asked)
            {
                return null;
            }
            var funding = await gateway.FundingAsync(user, ct);
            var names = await FederationNames.ReadAsync(funding, ct);
            var entries = asked.Federations.Select(measures => new DistributionEntry($"federations/{measures.FederationId}", names.GetValueOrDefault(measures.FederationId, measures.FederationId))
            {
                Population16To64 = measures.Population16To64,
                SupportMeasure = measures.SupportMeasure,
                LastYearOre = measures.LastYearOre,
            }).ToList();
            var (withoutBrake, withBrake) = await DistributionRequests.DistributeAsync(
                funding, asked.NationalTotalOre, asked.BaseAmountOre, asked.SupportShareBasisPoints, asked.MaxFallBasisPoints, entries, ct);
            return new TableFile($"fordelning-{asked.Year}", RegionalSheets.Distribution(asked.Year, DistributionOutcome.Combine(entries, withoutBrake, withBrake)));
        },
    };

    public static IEnumerable<KeyValuePair<string, string?>> RollUpQuery(int year, RollUpColumn sortBy, bool descending) =>
        [new("ar", year.ToString(CultureInfo.InvariantCulture)), new("sortera", sortBy.ToString()), new("ordning", descending ? "fallande" : "stigande")];
}
