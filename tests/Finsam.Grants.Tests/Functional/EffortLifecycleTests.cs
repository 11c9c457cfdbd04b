using Finsam.Contracts.Common.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.FunctionalTesting.Security;
using Grpc.Core;

namespace Finsam.Grants.Tests.Functional;

// Draft → applied → granted (with a board decision) → running → ended, or rejected or withdrawn.
public sealed class EffortLifecycleTests(GrantsHost host) : IClassFixture<GrantsHost>
{
    [Fact]
    public async Task Each_legal_move_works_and_each_illegal_one_is_a_failed_precondition_that_changes_nothing()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        var name = (await grants.CreateAsync(federation, "psykolog")).Name;

        await IllegalAsync(grants, name, EffortStatus.Running, EffortStatus.Draft);
        await grants.MoveAsync(name, EffortStatus.Applied);
        await grants.DecideAsync(federation, name, Efforts.Grant(2022, 100));
        await grants.MoveAsync(name, EffortStatus.Granted);
        await IllegalAsync(grants, name, EffortStatus.Rejected, EffortStatus.Granted);
        await grants.MoveAsync(name, EffortStatus.Running);
        await IllegalAsync(grants, name, EffortStatus.Applied, EffortStatus.Running);
        await IllegalAsync(grants, name, EffortStatus.Withdrawn, EffortStatus.Running);
        var ended = await grants.MoveAsync(name, EffortStatus.Ended);
        await IllegalAsync(grants, name, EffortStatus.Running, EffortStatus.Ended);

        Assert.Equal(EffortStatus.Ended, ended.Status);
        var rejected = (await grants.CreateAsync(federation, "avslag")).Name;
        await grants.MoveAsync(rejected, EffortStatus.Applied);
        Assert.Equal(EffortStatus.Rejected, (await grants.MoveAsync(rejected, EffortStatus.Rejected)).Status);
        await IllegalAsync(grants, rejected, EffortStatus.Applied, EffortStatus.Rejected);
    }

    [Fact]
    public async Task An_applied_effort_is_granted_only_after_a_board_decision()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        var name = (await grants.CreateAsync(federation, "psykolog")).Name;
        await grants.MoveAsync(name, EffortStatus.Applied);

        var noDecision = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => grants.MoveAsync(name, EffortStatus.Granted));

        Assert.Contains("decision", noDecision.Status.Detail);
        // The rule's code, for a client app to word the refusal in its own language.
        Assert.Equal("DECISION_REQUIRED", noDecision.GetRpcStatus()!.GetDetail<Google.Rpc.PreconditionFailure>().Violations.Single().Type);
        Assert.Equal(EffortStatus.Applied, (await grants.GetAsync(name)).Status);
        await grants.DecideAsync(federation, name, Efforts.Grant(2022, 100));
        Assert.Equal(EffortStatus.Granted, (await grants.MoveAsync(name, EffortStatus.Granted)).Status);
    }

    [Fact]
    public async Task A_move_based_on_an_older_read_is_aborted()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        var created = await grants.CreateAsync(federation, "psykolog");
        await grants.MoveAsync(created.Name, EffortStatus.Applied);

        await RpcAssert.FailsWith(StatusCode.Aborted, () => grants.TransitionEffortAsync(new TransitionEffortRequest
        {
            Name = created.Name,
            Status = EffortStatus.Withdrawn,
            Etag = created.Etag,
        }).ResponseAsync);

        Assert.Equal(EffortStatus.Applied, (await grants.GetAsync(created.Name)).Status);
    }

    [Fact]
    public async Task Only_an_effort_that_never_got_money_can_be_deleted()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        var withdrawn = (await grants.CreateAsync(federation, "tillbaka")).Name;
        await grants.MoveAsync(withdrawn, EffortStatus.Withdrawn);
        var decided = (await grants.CreateAsync(federation, "beslutad")).Name;
        await grants.MoveAsync(decided, EffortStatus.Applied);
        await grants.DecideAsync(federation, decided, Efforts.Grant(2022, 100));
        await grants.MoveAsync(decided, EffortStatus.Rejected);

        await grants.DeleteEffortAsync(new DeleteEffortRequest { Name = withdrawn });
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => grants.DeleteEffortAsync(new DeleteEffortRequest { Name = decided }).ResponseAsync);

        await RpcAssert.FailsWith(StatusCode.NotFound, () => grants.GetAsync(withdrawn));
        Assert.Equal(EffortStatus.Rejected, (await grants.GetAsync(decided)).Status);
    }

    [Fact]
    public async Task Every_move_is_in_the_audit_trail_with_the_status_before_and_after()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        var name = (await grants.CreateAsync(federation, "psykolog")).Name;
        await grants.MoveAsync(name, EffortStatus.Applied);
        await grants.MoveAsync(name, EffortStatus.Withdrawn);

        var trail = await host.Grants(Caller.AuditorOf(federation)).ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = Efforts.Parent(federation) });

        var moves = trail.Records.Where(r => r.Action == "TransitionEffort").ToList();
        Assert.Equal(2, moves.Count);
        Assert.Contains("EFFORT_STATUS_DRAFT", moves[0].BeforeJson);
        Assert.Contains("EFFORT_STATUS_APPLIED", moves[0].AfterJson);
        Assert.Contains("EFFORT_STATUS_APPLIED", moves[1].BeforeJson);
        Assert.Contains("EFFORT_STATUS_WITHDRAWN", moves[1].AfterJson);
    }

    private static async Task IllegalAsync(GrantsService.GrantsServiceClient grants, string name, EffortStatus to, EffortStatus stays)
    {
        var failure = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => grants.MoveAsync(name, to));
        Assert.NotEmpty(failure.Status.Detail);
        Assert.Equal(stays, (await grants.GetAsync(name)).Status);
    }
}
