using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Finsam.Web.Components.Regional;

// The distribution model's parameters and measures in an address, so the table the page
// computed can be downloaded by a plain link (nothing of it is stored): ar, medel, grund,
// andel, broms where there is one, and an f per federation, "id:population:support:last year".
public sealed record DistributionQuery(int Year, long NationalTotalOre, long BaseAmountOre, int SupportShareBasisPoints, int? MaxFallBasisPoints,
    IReadOnlyList<DistributionQuery.Measures> Federations)
{
    // More than the country's federations; the address stays within a request line's limit.
    public const int MaxFederations = 150;

    public sealed record Measures(string FederationId, long Population16To64, long SupportMeasure, long LastYearOre);

    public IEnumerable<KeyValuePair<string, string?>> ToQuery() =>
    [
        new("ar", Invariant(Year)),
        new("medel", Invariant(NationalTotalOre)),
        new("grund", Invariant(BaseAmountOre)),
        new("andel", Invariant(SupportShareBasisPoints)),
        new("broms", MaxFallBasisPoints is { } fall ? Invariant(fall) : null),
        .. Federations.Select(federation => new KeyValuePair<string, string?>("f",
            $"{federation.FederationId}:{Invariant(federation.Population16To64)}:{Invariant(federation.SupportMeasure)}:{Invariant(federation.LastYearOre)}")),
    ];

    public static DistributionQuery Of(int year, long nationalTotalOre, long baseAmountOre, int supportShareBasisPoints, int? maxFallBasisPoints, IEnumerable<DistributionEntry> entries) =>
        new(year, nationalTotalOre, baseAmountOre, supportShareBasisPoints, maxFallBasisPoints,
            [.. entries.Select(entry => new Measures(entry.Federation["federations/".Length..], entry.Population16To64, entry.SupportMeasure, entry.LastYearOre))]);

    // Null for an address the page could not have written; the model itself judges the figures.
    public static DistributionQuery? From(IQueryCollection query)
    {
        if (Whole(query["ar"]) is not { } year || year is < 1900 or > 2200
            || Whole(query["medel"]) is not { } total || Whole(query["grund"]) is not { } baseAmount
            || Whole(query["andel"]) is not { } share || share is < 0 or > 10_000
            || query["f"].Count is 0 or > MaxFederations)
        {
            return null;
        }
        int? maxFall = null;
        if (query.ContainsKey("broms"))
        {
            if (Whole(query["broms"]) is not { } fall || fall is < 0 or > 10_000)
            {
                return null;
            }
            maxFall = (int)fall;
        }
        var federations = new List<Measures>();
        foreach (var given in query["f"])
        {
            var parts = (given ?? "").Split(':');
            if (parts.Length != 4 || !FederationId(parts[0])
                || Whole(parts[1]) is not { } population || Whole(parts[2]) is not { } support || Whole(parts[3]) is not { } lastYear)
            {
                return null;
            }
            federations.Add(new Measures(parts[0], population, support, lastYear));
        }
        return new DistributionQuery((int)year, total, baseAmount, (int)share, maxFall, federations);
    }

    private static bool FederationId(string id) =>
        id.Length is > 0 and <= 63 && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    private static long? Whole(StringValues value) =>
        value.Count == 1 && long.TryParse(value[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
