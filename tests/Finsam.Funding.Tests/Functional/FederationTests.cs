using Finsam.Contracts.Common.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.FunctionalTesting.Security;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Finsam.Funding.Tests.Functional;

// The federations themselves (the tenants) and their members.
public sealed class FederationTests(FundingHost host) : IClassFixture<FundingHost>
{
    [Fact]
    public async Task A_created_federation_reads_back_with_its_members_and_an_etag()
    {
        var id = Federations.NewId();

        var created = await host.Funding().CreateFederationAsync(new CreateFederationRequest { FederationId = id, Federation = Federations.Sundsvall() });
        var read = await host.Funding(Caller.ReaderOf(id)).GetFederationAsync(new GetFederationRequest { Name = $"federations/{id}" });

        Assert.Equal(created, read);
        Assert.Equal(($"federations/{id}", "Samordningsförbundet Sundsvall"), (read.Name, read.DisplayName));
        Assert.Equal(Federations.Sundsvall().Members.Select(m => (m.MemberId, m.Kind, m.DisplayName)), read.Members.Select(m => (m.MemberId, m.Kind, m.DisplayName)));
        Assert.NotEmpty(read.Etag);
    }

    [Fact]
    public async Task A_create_retried_with_the_same_request_id_creates_once_and_another_create_already_exists()
    {
        var id = Federations.NewId();
        var request = new CreateFederationRequest { FederationId = id, Federation = Federations.Sundsvall(), RequestId = Guid.NewGuid().ToString() };

        var first = await host.Funding().CreateFederationAsync(request);
        var retry = await host.Funding().CreateFederationAsync(request);

        Assert.Equal(first, retry);
        Assert.Single((await host.Funding().ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = $"federations/{id}" })).Records);
        await RpcAssert.FailsWith(StatusCode.AlreadyExists, () => host.Funding().CreateFederationAsync(new CreateFederationRequest { FederationId = id, Federation = Federations.Sundsvall() }).ResponseAsync);
    }

    [Fact]
    public async Task Several_problems_are_all_named_in_one_answer_and_nothing_is_stored()
    {
        var federation = Federations.Sundsvall();
        federation.DisplayName = "";
        federation.Members[3].Population = -5;
        federation.Members[2].Kind = (MemberKind)17;

        var violations = await RpcAssert.IsInvalidWithReasons(() => host.Funding().CreateFederationAsync(
            new CreateFederationRequest { FederationId = "Not A Valid Id", Federation = federation }).ResponseAsync);

        Assert.Equal(
            [
                ("federation_id", "INVALID_FORMAT"),
                ("federation.display_name", "REQUIRED"),
                ("federation.members[2].kind", "REQUIRED"),
                ("federation.members[3].population", "OUT_OF_RANGE"),
            ],
            violations);
        Assert.DoesNotContain((await host.Funding().ListFederationsAsync(new ListFederationsRequest())).Federations, f => f.DisplayName.Length == 0);
    }

    [Fact]
    public async Task Agreed_shares_that_do_not_add_up_are_refused_on_create_and_on_update()
    {
        var id = Federations.NewId();

        var onCreate = await RpcAssert.IsInvalid(() => host.Funding().CreateFederationAsync(new CreateFederationRequest { FederationId = id, Federation = Federations.WithAgreedShares(6_000, 3_000) }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => host.Funding().GetFederationAsync(new GetFederationRequest { Name = $"federations/{id}" }).ResponseAsync);
        var created = await host.Funding().CreateFederationAsync(new CreateFederationRequest { FederationId = id, Federation = Federations.WithAgreedShares(6_000, 4_000) });
        var changed = created.Clone();
        changed.Members[4].AgreedShareBasisPoints = 4_001;
        var onUpdate = await RpcAssert.IsInvalid(() => host.Funding().UpdateFederationAsync(new UpdateFederationRequest { Federation = changed }).ResponseAsync);

        Assert.Equal(["federation.members"], onCreate);
        Assert.Equal(["federation.members"], onUpdate);
        Assert.Equal(created, await host.Funding().GetFederationAsync(new GetFederationRequest { Name = created.Name }));
    }

    [Fact]
    public async Task A_stale_etag_is_aborted_and_the_newer_value_stays()
    {
        var id = await host.SundsvallAsync();
        var funding = host.Funding(Caller.EditorOf(id));
        var read = await funding.GetFederationAsync(new GetFederationRequest { Name = $"federations/{id}" });
        var first = read.Clone();
        first.DisplayName = "Första ändringen";
        await funding.UpdateFederationAsync(new UpdateFederationRequest { Federation = first, UpdateMask = new FieldMask { Paths = { "display_name" } } });

        var second = read.Clone();
        second.DisplayName = "Andra ändringen, på gammal läsning";
        await RpcAssert.FailsWith(StatusCode.Aborted, () => funding.UpdateFederationAsync(new UpdateFederationRequest { Federation = second, UpdateMask = new FieldMask { Paths = { "display_name" } } }).ResponseAsync);

        Assert.Equal("Första ändringen", (await funding.GetFederationAsync(new GetFederationRequest { Name = $"federations/{id}" })).DisplayName);
    }

    [Fact]
    public async Task An_unknown_federation_is_not_found_and_a_malformed_name_is_invalid()
    {
        var missing = $"federations/{Federations.NewId("missing")}";

        await RpcAssert.FailsWith(StatusCode.NotFound, () => host.Funding().GetFederationAsync(new GetFederationRequest { Name = missing }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => host.Funding().CreateAllocationAsync(new CreateAllocationRequest { Parent = missing, Allocation = new Allocation { Year = 2022, StateAmountOre = 1 } }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => host.Funding().GetContributionsAsync(new GetContributionsRequest { Name = $"{missing}/contributions/2022" }).ResponseAsync);
        Assert.Equal(["name"], await RpcAssert.IsInvalid(() => host.Funding().GetAllocationAsync(new GetAllocationRequest { Name = "federations/x/allocations/twenty" }).ResponseAsync));
    }

    [Fact]
    public async Task A_federation_without_funding_can_be_deleted_and_one_with_funding_cannot()
    {
        var empty = await host.SundsvallAsync();
        var funded = await host.SundsvallWith2022Async();

        await host.Funding().DeleteFederationAsync(new DeleteFederationRequest { Name = $"federations/{empty}" });
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => host.Funding().DeleteFederationAsync(new DeleteFederationRequest { Name = $"federations/{funded}" }).ResponseAsync);

        await RpcAssert.FailsWith(StatusCode.NotFound, () => host.Funding().GetFederationAsync(new GetFederationRequest { Name = $"federations/{empty}" }).ResponseAsync);
        await host.Funding().GetFederationAsync(new GetFederationRequest { Name = $"federations/{funded}" });
    }

    [Fact]
    public async Task A_federations_staff_list_only_their_own_federations_and_the_region_lists_all_in_pages()
    {
        var mine = await host.SundsvallAsync();
        var other = await host.SundsvallAsync();

        var listed = await host.Funding(Caller.EditorOf(mine)).ListFederationsAsync(new ListFederationsRequest());
        var all = new List<string>();
        var token = "";
        do
        {
            var page = await host.Funding().ListFederationsAsync(new ListFederationsRequest { PageSize = 1, PageToken = token });
            Assert.True(page.Federations.Count <= 1);
            all.AddRange(page.Federations.Select(f => f.Name));
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        Assert.Equal([$"federations/{mine}"], listed.Federations.Select(f => f.Name));
        Assert.Contains($"federations/{mine}", all);
        Assert.Contains($"federations/{other}", all);
        Assert.Equal(all.Order(StringComparer.Ordinal), all);
    }
}
