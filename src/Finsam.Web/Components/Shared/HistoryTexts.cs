using System.Reflection;
using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.Web.History;
using Google.Protobuf.Reflection;

namespace Finsam.Web.Components.Shared;

// The history page's words: the services' trails and the changes as officers name them.
public static class HistoryTexts
{
    public static readonly IReadOnlyList<(TrailService Value, string Text)> Services =
        [.. Enum.GetValues<TrailService>().Select(service => (service, Service(service)))];

    public static string Service(TrailService service) => service switch
    {
        TrailService.Funding => "Förbund och medel",
        TrailService.Grants => "Insatser",
        TrailService.Budget => "Budget",
        TrailService.Documents => "Verksamhetsplan och årsredovisning",
        _ => "Alla",
    };

    // The service in the page's address (?tjanst=...), and back; anything else is all four.
    public static string Slug(TrailService service) => service switch
    {
        TrailService.Funding => "forbund",
        TrailService.Grants => "insatser",
        TrailService.Budget => "budget",
        TrailService.Documents => "dokument",
        _ => "",
    };

    public static TrailService FromSlug(string? slug) =>
        Enum.GetValues<TrailService>().FirstOrDefault(service => service != TrailService.All && Slug(service) == slug);

    // What was done, by the RPC that did it; an RPC without a text here is shown by its name.
    public static string Action(string rpc) => Actions.TryGetValue(rpc, out var text) ? text : rpc;

    // As Action, told apart by the resource where one RPC serves two kinds of document.
    public static string Action(string rpc, string resource) =>
        resource.Contains("/annualReport", StringComparison.Ordinal) && AnnualReportActions.TryGetValue(rpc, out var text) ? text : Action(rpc);

    private static readonly Dictionary<string, string> AnnualReportActions = new(StringComparer.Ordinal)
    {
        ["UpdateDocumentTemplate"] = "Ändrade årsredovisningens mall",
        ["UpdatePlanText"] = "Ändrade årsredovisningens text",
        ["PublishDocument"] = "Publicerade årsredovisningen",
    };

    // A value as the snapshot holds it, with the contracts' enum names ("EFFORT_STATUS_DRAFT") in
    // the words the other pages use for them.
    public static string Value(string value) => EnumValues.TryGetValue(value, out var text) ? text : value;

    private static readonly Dictionary<string, string> EnumValues = new[]
    {
        Named<EffortStatus>(EffortTexts.Status),
        Named<EffortKind>(EffortTexts.Kind),
        Named<MemberKind>(MemberKinds.Text),
        Named<BudgetStatus>(BudgetTexts.Status),
        Named<CostGroupSource>(BudgetTexts.Source),
    }.SelectMany(pairs => pairs).ToDictionary(StringComparer.Ordinal);

    private static IEnumerable<KeyValuePair<string, string>> Named<TEnum>(Func<TEnum, string> text)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(value => KeyValuePair.Create(
            typeof(TEnum).GetField(value.ToString())!.GetCustomAttribute<OriginalNameAttribute>()!.Name,
            text(value)));

    private static readonly Dictionary<string, string> Actions = new(StringComparer.Ordinal)
    {
        ["CreateFederation"] = "Skapade förbundet",
        ["UpdateFederation"] = "Ändrade förbundet",
        ["DeleteFederation"] = "Tog bort förbundet",
        ["CreateAllocation"] = "Lade in medelstilldelningen",
        ["UpdateAllocation"] = "Ändrade medelstilldelningen",
        ["AnnounceAllocation"] = "Lade in Försäkringskassans besked",
        ["DistributeStateAllocation"] = "Fördelade statens medel",
        ["SetCommitment"] = "Angav en medlems åtagande",
        ["CreateOtherIncome"] = "Lade in en annan intäkt",
        ["DeleteOtherIncome"] = "Tog bort en annan intäkt",
        ["SetInstalmentPlan"] = "Angav betalningsplanen",
        ["RaiseInvoices"] = "Fakturerade medlemmarna",
        ["RecordPayment"] = "Registrerade en betalning",
        ["CreateEffort"] = "Skapade insatsen",
        ["UpdateEffort"] = "Ändrade insatsen",
        ["DeleteEffort"] = "Tog bort insatsen",
        ["TransitionEffort"] = "Ändrade insatsens status",
        ["CreateDecision"] = "Registrerade ett styrelsebeslut",
        ["SetReservation"] = "Reserverade medel",
        ["SetFollowUp"] = "Angav uppföljningen",
        ["ImportParticipants"] = "Läste in deltagare från en tabell",
        ["CreateBudget"] = "Skapade budgeten",
        ["UpdateBudget"] = "Sparade budgeten",
        ["ProposeBudget"] = "Lade fram budgeten",
        ["AdoptBudget"] = "Antog budgeten",
        ["ReviseBudget"] = "Reviderade budgeten",
        ["SetFinancialGoals"] = "Angav de finansiella målen",
        ["ImportActuals"] = "Läste in årets utfall från bokföringen",
        ["SetActualsMapping"] = "Angav hur kontona förs till budgeten",
        ["SaveForecast"] = "Sparade en prognos för året",
        ["CloseYear"] = "Stängde räkenskapsåret",
        ["ReopenYear"] = "Öppnade räkenskapsåret igen",
        ["UpdateDocumentTemplate"] = "Ändrade dokumentmallen",
        ["UpdatePlanText"] = "Ändrade verksamhetsplanens text",
        ["PublishDocument"] = "Publicerade verksamhetsplanen",
    };
}
