using Finsam.Contracts.Common.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.SystemTests.Infrastructure;
using Grpc.Core;

namespace Finsam.SystemTests.Funding;

// Every kind of bad input is refused with the fields named, and nothing is stored.
[Collection(SystemCollection.Name)]
public sealed class BadInputTests(FinsamSystem system)
{
    private readonly FundingService.FundingServiceClient _funding = system.Funding;

    [Fact]
    public async Task A_negative_allocation_is_refused_and_nothing_is_stored()
    {
        var id = await CreateSundsvallAsync();
        var before = await SnapshotAsync(id);

        var fields = await RpcAssert.IsInvalid(() => _funding.CreateAllocationAsync(new CreateAllocationRequest
        {
            Parent = $"federations/{id}",
            Allocation = new Allocation { Year = 2022, StateAmountOre = -1 },
        }).ResponseAsync);

        Assert.Equal(["allocation.state_amount_ore"], fields);
        Assert.Equal(before, await SnapshotAsync(id));
    }

    [Fact]
    public async Task Shares_that_do_not_add_up_are_refused_on_create_and_on_update()
    {
        var federation = TwoMunicipalitiesWithShares(6_000, 3_000);
        var id = Federations.NewId();

        var fields = await RpcAssert.IsInvalid(() => _funding.CreateFederationAsync(
            new CreateFederationRequest { FederationId = id, Federation = federation }).ResponseAsync);
        Assert.Equal(["federation.members"], fields);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => _funding.GetFederationAsync(new GetFederationRequest { Name = $"federations/{id}" }).ResponseAsync);

        var created = await _funding.CreateFederationAsync(new CreateFederationRequest { FederationId = id, Federation = TwoMunicipalitiesWithShares(6_000, 4_000) });
        var before = await SnapshotAsync(id);
        created.Members[3].AgreedShareBasisPoints = 4_001;
        fields = await RpcAssert.IsInvalid(() => _funding.UpdateFederationAsync(new UpdateFederationRequest { Federation = created }).ResponseAsync);
        Assert.Equal(["federation.members"], fields);
        Assert.Equal(before, await SnapshotAsync(id));
    }

    [Fact]
    public async Task An_unknown_member_kind_is_refused()
    {
        var federation = Federations.Sundsvall();
        federation.Members[2].Kind = (MemberKind)17;

        var fields = await RpcAssert.IsInvalid(() => _funding.CreateFederationAsync(
            new CreateFederationRequest { FederationId = Federations.NewId(), Federation = federation }).ResponseAsync);

        Assert.Equal(["federation.members[2].kind"], fields);
    }

    [Theory]
    [InlineData(2003)]
    [InlineData(1)]
    [InlineData(-2022)]
    public async Task Years_before_2004_are_refused(int year)
    {
        var id = await CreateSundsvallAsync();
        var before = await SnapshotAsync(id);

        var fields = await RpcAssert.IsInvalid(() => _funding.CreateAllocationAsync(new CreateAllocationRequest
        {
            Parent = $"federations/{id}",
            Allocation = new Allocation { Year = year, StateAmountOre = 1 },
        }).ResponseAsync);

        Assert.Equal(["allocation.year"], fields);
        Assert.Equal(before, await SnapshotAsync(id));
    }

    [Fact]
    public async Task Years_more_than_ten_years_ahead_are_refused_and_ten_years_ahead_is_not()
    {
        var id = await CreateSundsvallAsync();
        var lastYear = DateTime.UtcNow.Year + 10;

        var fields = await RpcAssert.IsInvalid(() => _funding.CreateAllocationAsync(new CreateAllocationRequest
        {
            Parent = $"federations/{id}",
            Allocation = new Allocation { Year = lastYear + 1, StateAmountOre = 1 },
        }).ResponseAsync);
        Assert.Equal(["allocation.year"], fields);

        var accepted = await _funding.CreateAllocationAsync(new CreateAllocationRequest
        {
            Parent = $"federations/{id}",
            Allocation = new Allocation { Year = lastYear, StateAmountOre = 1 },
        });
        Assert.Equal(lastYear, accepted.Year);
    }

    [Fact]
    public async Task Several_problems_are_all_named_in_one_answer()
    {
        var federation = Federations.Sundsvall();
        federation.DisplayName = "";
        federation.Members[3].Population = -5;

        var fields = await RpcAssert.IsInvalid(() => _funding.CreateFederationAsync(
            new CreateFederationRequest { FederationId = "Not A Valid Id", Federation = federation }).ResponseAsync);

        Assert.Equal(["federation_id", "federation.display_name", "federation.members[3].population"], fields);
    }

    [Fact]
    public async Task An_unknown_federation_is_not_found()
    {
        var missing = $"federations/{Federations.NewId("missing")}";

        await RpcAssert.FailsWith(StatusCode.NotFound, () => _funding.GetFederationAsync(new GetFederationRequest { Name = missing }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => _funding.CreateAllocationAsync(new CreateAllocationRequest
        {
            Parent = missing,
            Allocation = new Allocation { Year = 2022, StateAmountOre = 1 },
        }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => _funding.GetContributionsAsync(new GetContributionsRequest { Name = $"{missing}/contributions/2022" }).ResponseAsync);
    }

    [Fact]
    public async Task Malformed_resource_names_are_invalid_not_missing()
    {
        var fields = await RpcAssert.IsInvalid(() => _funding.GetAllocationAsync(new GetAllocationRequest { Name = "federations/x/allocations/twenty" }).ResponseAsync);
        Assert.Equal(["name"], fields);
    }

    [Fact]
    public async Task Contributions_without_an_allocation_are_a_failed_precondition()
    {
        var id = await CreateSundsvallAsync();
        var failure = await RpcAssert.FailsWith(StatusCode.FailedPrecondition,
            () => _funding.GetContributionsAsync(new GetContributionsRequest { Name = $"federations/{id}/contributions/2023" }).ResponseAsync);
        Assert.Contains("2023", failure.Status.Detail);
    }

    [Fact]
    public async Task A_stale_etag_is_aborted_and_the_newer_value_stays()
    {
        var id = await CreateSundsvallAsync();
        var read = await _funding.GetFederationAsync(new GetFederationRequest { Name = $"federations/{id}" });

        var first = read.Clone();
        first.DisplayName = "Första ändringen";
        await _funding.UpdateFederationAsync(new UpdateFederationRequest { Federation = first, UpdateMask = new() { Paths = { "display_name" } } });

        var second = read.Clone();
        second.DisplayName = "Andra ändringen, på gammal läsning";
        await RpcAssert.FailsWith(StatusCode.Aborted, () => _funding.UpdateFederationAsync(
            new UpdateFederationRequest { Federation = second, UpdateMask = new() { Paths = { "display_name" } } }).ResponseAsync);

        var now = await _funding.GetFederationAsync(new GetFederationRequest { Name = $"federations/{id}" });
        Assert.Equal("Första ändringen", now.DisplayName);
    }

    [Fact]
    public async Task A_create_retried_with_the_same_request_id_creates_once()
    {
        var id = Federations.NewId();
        var request = new CreateFederationRequest { FederationId = id, Federation = Federations.Sundsvall(), RequestId = Guid.NewGuid().ToString() };

        var first = await _funding.CreateFederationAsync(request);
        var retry = await _funding.CreateFederationAsync(request);

        Assert.Equal(first, retry);
        var trail = await _funding.ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = $"federations/{id}" });
        Assert.Single(trail.Records);
        await RpcAssert.FailsWith(StatusCode.AlreadyExists, () => _funding.CreateFederationAsync(
            new CreateFederationRequest { FederationId = id, Federation = Federations.Sundsvall() }).ResponseAsync);
    }

    [Fact]
    public async Task Every_change_is_in_the_audit_trail_with_before_and_after()
    {
        var id = await CreateSundsvallAsync();
        var allocation = await _funding.CreateAllocationAsync(new CreateAllocationRequest
        {
            Parent = $"federations/{id}",
            Allocation = new Allocation { Year = 2022, StateAmountOre = 100 },
        });
        allocation.StateAmountOre = 200;
        await _funding.UpdateAllocationAsync(new UpdateAllocationRequest { Allocation = allocation, UpdateMask = new() { Paths = { "state_amount_ore" } } });

        var trail = await _funding.ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = $"federations/{id}" });

        Assert.Equal(["CreateFederation", "CreateAllocation", "UpdateAllocation"], trail.Records.Select(r => r.Action));
        var update = trail.Records[2];
        Assert.Equal($"federations/{id}/allocations/2022", update.Resource);
        Assert.Contains("\"stateAmountOre\": \"100\"", update.BeforeJson);
        Assert.Contains("\"stateAmountOre\": \"200\"", update.AfterJson);
        Assert.False(string.IsNullOrEmpty(update.Actor));
    }

    private async Task<string> CreateSundsvallAsync()
    {
        var id = Federations.NewId();
        await _funding.CreateFederationAsync(new CreateFederationRequest { FederationId = id, Federation = Federations.Sundsvall() });
        return id;
    }

    // What is stored for a federation: itself, its allocations and its audit trail.
    private async Task<string> SnapshotAsync(string id)
    {
        var name = $"federations/{id}";
        var federation = await _funding.GetFederationAsync(new GetFederationRequest { Name = name });
        var allocations = await _funding.ListAllocationsAsync(new ListAllocationsRequest { Parent = name });
        var trail = await _funding.ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = name });
        return $"{federation}\n{allocations}\n{trail}";
    }

    private static Federation TwoMunicipalitiesWithShares(int a, int b)
    {
        var federation = Federations.Sundsvall();
        federation.MunicipalShareBasis = ShareBasis.AgreedShares;
        federation.Members[3].AgreedShareBasisPoints = a;
        federation.Members.Add(new Member { MemberId = "timra-kommun", Kind = MemberKind.Municipality, DisplayName = "Timrå kommun", AgreedShareBasisPoints = b });
        return federation;
    }
}
