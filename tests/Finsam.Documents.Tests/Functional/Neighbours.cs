using System.Collections.Concurrent;
using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Grants.V1;
using Grpc.Core;

namespace Finsam.Documents.Tests.Functional;

// What a document is made from, as the other services hold it, by resource name: set by
// the tests, answered by the stand-ins (FundingStandIn, GrantsStandIn, BudgetStandIn).
public sealed class Neighbours
{
    public ConcurrentDictionary<string, Federation> Federations { get; } = new();

    public ConcurrentDictionary<string, Allocation> Allocations { get; } = new();

    public ConcurrentDictionary<string, Contracts.Budget.V1.Budget> Budgets { get; } = new();

    public ConcurrentDictionary<string, BudgetReport> Reports { get; } = new();

    // By federation ("federations/{federation}").
    public ConcurrentDictionary<string, Effort[]> Efforts { get; } = new();

    // The money decided for an effort ("federations/{federation}/efforts/{effort}") and year,
    // where the board decided other than its cost lines ask; 0 for no decision.
    public ConcurrentDictionary<(string Effort, int Year), long> Decided { get; } = new();

    // An annual report's: the year's follow-up ("federations/{federation}/followUps/{year}"),
    // the year's actuals with their closing ("federations/{federation}/actuals/{year}") and the
    // participants ("federations/{federation}" and year).
    public ConcurrentDictionary<string, BudgetFollowUp> FollowUps { get; } = new();

    public ConcurrentDictionary<string, YearActuals> Actuals { get; } = new();

    public ConcurrentDictionary<(string Parent, int Year), ParticipantSummary> Participants { get; } = new();

    public static T Found<T>(ConcurrentDictionary<string, T> store, string name) =>
        store.TryGetValue(name, out var found) ? found : throw new RpcException(new Status(StatusCode.NotFound, $"{name} does not exist."));
}
