using Finsam.Contracts.Common.V1;
using Finsam.Contracts.Grants.V1;
using Grpc.Core;

namespace Finsam.Grants.Tests.Functional;

// One call of every GrantsService RPC, aimed at a federation and one of its efforts.
public static class GrantsCalls
{
    public static IReadOnlyDictionary<string, Func<Task>> For(GrantsService.GrantsServiceClient c, string f, string effort) =>
        new Dictionary<string, Func<Task>>
        {
            ["CreateEffort"] = () => c.CreateEffortAsync(new CreateEffortRequest { Parent = $"federations/{f}", EffortId = "x", Effort = new Effort { DisplayName = "X", Kind = EffortKind.Individual } }).ResponseAsync,
            ["GetEffort"] = () => c.GetEffortAsync(new GetEffortRequest { Name = effort }).ResponseAsync,
            ["ListEfforts"] = () => c.ListEffortsAsync(new ListEffortsRequest { Parent = $"federations/{f}" }).ResponseAsync,
            ["UpdateEffort"] = () => c.UpdateEffortAsync(new UpdateEffortRequest { Effort = new Effort { Name = effort, DisplayName = "Kapad", Kind = EffortKind.Individual }, UpdateMask = new() { Paths = { "display_name" } } }).ResponseAsync,
            ["DeleteEffort"] = () => c.DeleteEffortAsync(new DeleteEffortRequest { Name = effort }).ResponseAsync,
            ["TransitionEffort"] = () => c.TransitionEffortAsync(new TransitionEffortRequest { Name = effort, Status = EffortStatus.Applied }).ResponseAsync,
            ["CreateDecision"] = () => c.CreateDecisionAsync(new CreateDecisionRequest { Parent = $"federations/{f}", Decision = new Decision { DecidedOn = "2022-01-01", ReferenceNumber = "x", Effort = effort, Granted = { Efforts.Grant(2022, 1) } } }).ResponseAsync,
            ["ListDecisions"] = () => c.ListDecisionsAsync(new ListDecisionsRequest { Parent = $"federations/{f}" }).ResponseAsync,
            ["SetReservation"] = () => c.SetReservationAsync(new SetReservationRequest { Reservation = new Reservation { Name = $"federations/{f}/reservations/2023", AmountOre = 1 } }).ResponseAsync,
            ["ListReservations"] = () => c.ListReservationsAsync(new ListReservationsRequest { Parent = $"federations/{f}" }).ResponseAsync,
            ["SetFollowUp"] = () => c.SetFollowUpAsync(new SetFollowUpRequest { FollowUp = new FollowUp { Name = $"{effort}/followUps/2022" } }).ResponseAsync,
            ["CompareFollowUp"] = () => c.CompareFollowUpAsync(new CompareFollowUpRequest { Name = $"{effort}/followUps/2022" }).ResponseAsync,
            ["ImportParticipants"] = () => c.ImportParticipantsAsync(new ImportParticipantsRequest { Parent = $"federations/{f}", Year = 2022, Content = Google.Protobuf.ByteString.CopyFromUtf8("Insats;Startade\nx;1\n") }).ResponseAsync,
            ["SummarizeParticipants"] = () => c.SummarizeParticipantsAsync(new SummarizeParticipantsRequest { Parent = $"federations/{f}", Year = 2022 }).ResponseAsync,
            ["SummarizeRegionParticipants"] = () => c.SummarizeRegionParticipantsAsync(new SummarizeRegionParticipantsRequest { Year = 2022 }).ResponseAsync,
            ["GetEffortCosts"] = () => c.GetEffortCostsAsync(new GetEffortCostsRequest { Parent = $"federations/{f}", FirstYear = 2022, LastYear = 2024 }).ResponseAsync,
            ["BatchGetEffortCosts"] = () => c.BatchGetEffortCostsAsync(new BatchGetEffortCostsRequest { Parents = { $"federations/{f}" }, FirstYear = 2022, LastYear = 2024 }).ResponseAsync,
            ["SearchCatalogue"] = () => c.SearchCatalogueAsync(new SearchCatalogueRequest { Query = "psykolog" }).ResponseAsync,
            // The effort is a draft, so not in the catalogue: NotFound is the answer, not a refusal.
            ["GetCatalogueEntry"] = async () =>
            {
                try
                {
                    await c.GetCatalogueEntryAsync(new GetCatalogueEntryRequest { Effort = effort });
                }
                catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
                {
                }
            },
            ["ListAuditRecords"] = () => c.ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = $"federations/{f}" }).ResponseAsync,
        };

    // What anyone may call, signed in or not.
    public static readonly IReadOnlySet<string> Public = new HashSet<string> { "SearchCatalogue", "GetCatalogueEntry" };

    public static readonly IReadOnlySet<string> Reads = new HashSet<string>
    {
        "GetEffort", "ListEfforts", "ListDecisions", "ListReservations", "CompareFollowUp", "GetEffortCosts", "SummarizeParticipants",
    };
}
