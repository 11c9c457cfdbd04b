using System.Globalization;
using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Grants.V1;
using Microsoft.Extensions.Primitives;

namespace Finsam.Web.Spreadsheets;

// The tables of one federation's pages that download, by the name in their link. Each reads
// what its page reads, with the same requests; the query carries forbund, ar and the filters.
public static class FederationTables
{
    public const string Contributions = "medlemsbidrag";
    public const string Invoices = "fakturor";
    public const string Outstanding = "utestaende";
    public const string Efforts = "insatser";
    public const string Budget = "budget";
    public const string ResultBudget = "resultatbudget";
    public const string BalanceBudget = "balansbudget";

    public static readonly IReadOnlyDictionary<string, TableDownloads.Source> Sources = new Dictionary<string, TableDownloads.Source>(StringComparer.Ordinal)
    {
        [Contributions] = async (query, gateway, user, ct) => Year(query) is { } year && Federation(query) is { } id
            ? new TableFile($"medlemsbidrag-{id}-{year}", TableSheets.Contributions(await (await gateway.FundingAsync(user, ct))
                .GetContributionsAsync(new GetContributionsRequest { Name = $"federations/{id}/contributions/{year}" }, cancellationToken: ct)))
            : null,
        [Invoices] = async (query, gateway, user, ct) =>
        {
            if (Year(query) is not { } year || Federation(query) is not { } id)
            {
                return null;
            }
            var funding = await gateway.FundingAsync(user, ct);
            var names = (await funding.GetFederationAsync(new GetFederationRequest { Name = $"federations/{id}" }, cancellationToken: ct))
                .Members.ToDictionary(member => member.MemberId, member => member.DisplayName);
            var invoices = (await funding.ListInvoicesAsync(new ListInvoicesRequest { Parent = $"federations/{id}", Year = year }, cancellationToken: ct)).Invoices;
            return new TableFile($"fakturor-{id}-{year}", TableSheets.Invoices(year, invoices, member => names.GetValueOrDefault(member, member)));
        },
        [Outstanding] = async (query, gateway, user, ct) => Year(query) is { } year && Federation(query) is { } id
            ? new TableFile($"utestaende-{id}-{year}", TableSheets.Outstanding(year, await (await gateway.FundingAsync(user, ct))
                .GetOutstandingAsync(new GetOutstandingRequest { Name = $"federations/{id}/outstanding/{year}" }, cancellationToken: ct)))
            : null,
        [Efforts] = async (query, gateway, user, ct) =>
        {
            if (Federation(query) is not { } id)
            {
                return null;
            }
            var grants = await gateway.GrantsAsync(user, ct);
            var request = new ListEffortsRequest { Parent = $"federations/{id}", PageSize = 100, Status = EnumFrom<EffortStatus>(query["status"]), Kind = EnumFrom<EffortKind>(query["slag"]) };
            var efforts = new List<Effort>();
            do
            {
                var page = await grants.ListEffortsAsync(request, cancellationToken: ct);
                efforts.AddRange(page.Efforts);
                request.PageToken = page.NextPageToken;
            }
            while (request.PageToken.Length > 0);
            return new TableFile($"insatser-{id}", TableSheets.Efforts(efforts));
        },
        [Budget] = async (query, gateway, user, ct) =>
        {
            if (Year(query) is not { } year || Federation(query) is not { } id)
            {
                return null;
            }
            var budget = await (await gateway.BudgetAsync(user, ct)).GetBudgetAsync(new GetBudgetRequest { Name = $"federations/{id}/budgets/{year}" }, cancellationToken: ct);
            return new TableFile($"budget-{id}-{year}", BudgetSheet.For(budget), new WorkbookStamp(budget.Name, budget.Etag));
        },
        [ResultBudget] = async (query, gateway, user, ct) => await ReportAsync(query, gateway, user, ct) is { } report
            ? new TableFile($"resultatbudget-{Federation(query)}-{Year(query)}", TableSheets.ResultBudget(report))
            : null,
        [BalanceBudget] = async (query, gateway, user, ct) => await ReportAsync(query, gateway, user, ct) is { } report
            ? new TableFile($"balansbudget-{Federation(query)}-{Year(query)}", TableSheets.BalanceBudget(report))
            : null,
    };

    public static IEnumerable<KeyValuePair<string, string?>> Query(string federationId, int? year = null) =>
        year is { } y ? [new("forbund", federationId), new("ar", y.ToString(CultureInfo.InvariantCulture))] : [new("forbund", federationId)];

    // The efforts as the page filters them.
    public static IEnumerable<KeyValuePair<string, string?>> EffortsQuery(string federationId, EffortStatus status, EffortKind kind) =>
        [.. Query(federationId), new("status", status == EffortStatus.Unspecified ? null : status.ToString()), new("slag", kind == EffortKind.Unspecified ? null : kind.ToString())];

    private static async Task<BudgetReport?> ReportAsync(IQueryCollection query, Gateway.GatewayClients gateway, System.Security.Claims.ClaimsPrincipal user, CancellationToken ct) =>
        Year(query) is { } year && Federation(query) is { } id
            ? await (await gateway.BudgetAsync(user, ct)).ComputeBudgetAsync(new ComputeBudgetRequest { Name = $"federations/{id}/budgets/{year}" }, cancellationToken: ct)
            : null;

    // A federation's id as the services write it (lower case letters, digits, hyphens); anything
    // else is no table rather than a request the service has to refuse.
    private static string? Federation(IQueryCollection query) =>
        query["forbund"].ToString() is { Length: > 0 and <= 63 } id && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') ? id : null;

    private static int? Year(IQueryCollection query) =>
        int.TryParse(query["ar"], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2200 ? year : null;

    private static T EnumFrom<T>(StringValues value) where T : struct, Enum =>
        Enum.TryParse<T>(value.ToString(), ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) ? parsed : default;
}
