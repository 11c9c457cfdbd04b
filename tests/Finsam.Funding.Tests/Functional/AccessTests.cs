using Finsam.Contracts.Funding.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.FunctionalTesting.Security;
using Grpc.Core;

namespace Finsam.Funding.Tests.Functional;

// Each RPC's access rule, checked by the service itself against the caller's token.
public sealed class AccessTests(FundingHost host) : IClassFixture<FundingHost>
{
    [Fact]
    public void The_calls_cover_every_funding_rpc() =>
        Assert.Equal(FundingService.Descriptor.Methods.Select(m => m.Name).Order(), FundingCalls.All.Keys.Order());

    [Theory]
    [InlineData("editor")]
    [InlineData("reader")]
    [InlineData("auditor")]
    public async Task Every_rpc_refuses_a_role_in_federation_a_for_federation_b(string role)
    {
        var a = await host.SundsvallWith2022Async();
        var b = await host.SundsvallWith2022Async();
        var caller = role switch { "editor" => Caller.EditorOf(a), "reader" => Caller.ReaderOf(a), _ => Caller.AuditorOf(a) };
        var client = host.Funding(caller);
        var before = await host.Funding().GetFederationAsync(new GetFederationRequest { Name = $"federations/{b}" });

        foreach (var (method, call) in FundingCalls.All.Where(c => c.Key is not ("ListFederations" or "ListPublicFederations")))
        {
            await ExpectAsync(StatusCode.PermissionDenied, method, () => call(client, b));
        }

        Assert.Equal([$"federations/{a}"], (await client.ListFederationsAsync(new ListFederationsRequest())).Federations.Select(f => f.Name));
        Assert.Equal(before, await host.Funding().GetFederationAsync(new GetFederationRequest { Name = $"federations/{b}" }));
    }

    [Fact]
    public async Task Without_a_token_every_rpc_is_unauthenticated()
    {
        var a = await host.SundsvallAsync();
        var client = host.Funding(Caller.Anonymous);

        foreach (var (method, call) in FundingCalls.All.Where(c => c.Key != "ListPublicFederations"))
        {
            await ExpectAsync(StatusCode.Unauthenticated, method, () => call(client, a));
        }
    }

    [Fact]
    public async Task Anyone_lists_every_federations_name_and_nothing_more()
    {
        var a = await host.SundsvallAsync();
        var anyone = host.Funding(Caller.Anonymous);

        var names = new List<PublicFederation>();
        var request = new ListPublicFederationsRequest { PageSize = 1000 };
        do
        {
            var page = await anyone.ListPublicFederationsAsync(request);
            names.AddRange(page.Federations);
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);

        var stored = await host.Funding().GetFederationAsync(new GetFederationRequest { Name = $"federations/{a}" });
        Assert.Equal(new PublicFederation { Name = stored.Name, DisplayName = stored.DisplayName }, names.Single(f => f.Name == stored.Name));
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_no_sign_in()
    {
        var a = await host.SundsvallAsync();
        var forged = new FundingService.FundingServiceClient(host.WithBearer(host.Tokens.Forged(Caller.RegionalAdministrator)));

        await RpcAssert.FailsWith(StatusCode.Unauthenticated, () => forged.GetFederationAsync(new GetFederationRequest { Name = $"federations/{a}" }).ResponseAsync);
    }

    [Fact]
    public async Task An_auditor_reads_all_of_their_federation_and_changes_nothing()
    {
        var a = await host.SundsvallWith2022Async();
        var auditor = host.Funding(Caller.AuditorOf(a));

        foreach (var (method, call) in FundingCalls.All)
        {
            if (FundingCalls.Writes.Contains(method))
            {
                await ExpectAsync(StatusCode.PermissionDenied, method, () => call(auditor, a));
            }
            else
            {
                await call(auditor, a);
            }
        }
    }

    [Fact]
    public async Task A_reader_reads_but_neither_writes_nor_reads_the_audit_trail()
    {
        var a = await host.SundsvallWith2022Async();
        var reader = host.Funding(Caller.ReaderOf(a));

        await FundingCalls.All["GetContributions"](reader, a);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => FundingCalls.All["ListAuditRecords"](reader, a));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => FundingCalls.All["CreateAllocation"](reader, a));
    }

    [Fact]
    public async Task An_editor_changes_their_own_federation_and_the_trail_names_them_but_creates_no_federation()
    {
        var a = await host.SundsvallAsync();
        var editor = Caller.EditorOf(a);

        var updated = await host.Funding(editor).UpdateFederationAsync(new UpdateFederationRequest
        {
            Federation = new Federation { Name = $"federations/{a}", DisplayName = "Samordningsförbundet A" },
            UpdateMask = new() { Paths = { "display_name" } },
        });

        Assert.Equal("Samordningsförbundet A", updated.DisplayName);
        var trail = await host.Funding().ListAuditRecordsAsync(new() { Parent = $"federations/{a}" });
        Assert.Equal(editor.Subject, trail.Records[^1].Actor);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => FundingCalls.All["CreateFederation"](host.Funding(editor), a));
    }

    private static async Task ExpectAsync(StatusCode expected, string method, Func<Task> call)
    {
        var failure = await Assert.ThrowsAsync<RpcException>(call);
        Assert.True(failure.StatusCode == expected, $"{method}: {failure.StatusCode} {failure.Status.Detail}");
    }
}
