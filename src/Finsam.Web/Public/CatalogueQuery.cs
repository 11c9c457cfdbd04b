using Finsam.Contracts.Grants.V1;

namespace Finsam.Web.Public;

// A search of Insatskatalogen as the address says it (?sok=&forbund=&malgrupp=&typ=&kommun=&sida=),
// so a search can be shared as a link and opened again as it was.
public sealed record CatalogueQuery(string Words, string FederationId, string TargetGroup, string Kind, string Municipality, string Page)
{
    public const string Individual = "individ";
    public const string Structural = "struktur";

    public bool IsEmpty => Words.Length == 0 && FederationId.Length == 0 && TargetGroup.Length == 0 && Kind.Length == 0 && Municipality.Length == 0;

    public SearchCatalogueRequest ToRequest() => new()
    {
        Query = Words,
        Federation = FederationId.Length == 0 ? "" : $"federations/{FederationId}",
        TargetGroup = TargetGroup,
        Municipality = Municipality,
        Kind = Kind switch
        {
            Individual => EffortKind.Individual,
            Structural => EffortKind.Structural,
            _ => EffortKind.Unspecified,
        },
        PageSize = 20,
        PageToken = Page,
    };

    // This search's address, on another page of its results.
    public string Link(string page = "")
    {
        var parts = new List<string>();
        void Add(string name, string value)
        {
            if (value.Length > 0)
            {
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }
        Add("sok", Words);
        Add("forbund", FederationId);
        Add("malgrupp", TargetGroup);
        Add("typ", Kind);
        Add("kommun", Municipality);
        Add("sida", page);
        return parts.Count == 0 ? "/insatser" : "/insatser?" + string.Join('&', parts);
    }

    public static CatalogueQuery From(string? words, string? federationId, string? targetGroup, string? kind, string? municipality, string? page) =>
        new(Clean(words), Clean(federationId), Clean(targetGroup), kind is Individual or Structural ? kind : "", Clean(municipality), Clean(page));

    // What a person typed, without what no search needs; the service checks the rest.
    private static string Clean(string? value) => (value ?? "").Trim();
}
