using Finsam.Contracts.Grants.V1;
using Finsam.FunctionalTesting.Security;
using Grpc.Core;

namespace Finsam.Grants.Tests.Functional;

// Each RPC's access rule, checked by the service itself against the caller's token.
public sealed class AccessTests(GrantsHost host) : IClassFixture<GrantsHost>
{
    [Fact]
    public async Task Another_federations_officer_is_refused_every_grants_rpc_but_the_catalogue()
    {
        var (federation, effort) = await FederationWithEffortAsync();
        var calls = GrantsCalls.For(host.Grants(Caller.EditorOf(host.NewFederation())), federation, effort.Name);

        Assert.Equal(GrantsService.Descriptor.Methods.Select(m => m.Name).Order(), calls.Keys.Order());
        foreach (var (method, call) in calls.Where(c => !GrantsCalls.Public.Contains(c.Key)))
        {
            await ExpectAsync(StatusCode.PermissionDenied, method, call);
        }
        foreach (var method in GrantsCalls.Public)
        {
            await calls[method]();
        }
        await AssertUnchangedAsync(effort);
    }

    [Fact]
    public async Task Without_a_token_only_the_catalogue_answers()
    {
        var (federation, effort) = await FederationWithEffortAsync();
        var calls = GrantsCalls.For(host.Grants(Caller.Anonymous), federation, effort.Name);

        foreach (var (method, call) in calls.Where(c => !GrantsCalls.Public.Contains(c.Key)))
        {
            await ExpectAsync(StatusCode.Unauthenticated, method, call);
        }
        foreach (var method in GrantsCalls.Public)
        {
            await calls[method]();
        }
        await AssertUnchangedAsync(effort);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_no_sign_in()
    {
        var (federation, effort) = await FederationWithEffortAsync();
        var forged = new GrantsService.GrantsServiceClient(host.WithBearer(host.Tokens.Forged(Caller.RegionalAdministrator)));

        foreach (var (method, call) in GrantsCalls.For(forged, federation, effort.Name).Where(c => !GrantsCalls.Public.Contains(c.Key)))
        {
            await ExpectAsync(StatusCode.Unauthenticated, method, call);
        }
        await AssertUnchangedAsync(effort);
    }

    [Fact]
    public async Task A_reader_reads_the_federation_and_changes_nothing()
    {
        var (federation, effort) = await FederationWithEffortAsync();
        var calls = GrantsCalls.For(host.Grants(Caller.ReaderOf(federation)), federation, effort.Name);
        await host.Grants().SetFollowUpAsync(new SetFollowUpRequest { FollowUp = new FollowUp { Name = $"{effort.Name}/followUps/2022" } });

        foreach (var (method, call) in calls.Where(c => GrantsCalls.Reads.Contains(c.Key)))
        {
            await call();
        }
        foreach (var (method, call) in calls.Where(c => !GrantsCalls.Reads.Contains(c.Key) && !GrantsCalls.Public.Contains(c.Key)))
        {
            await ExpectAsync(StatusCode.PermissionDenied, method, call);
        }
        await AssertUnchangedAsync(effort);
    }

    [Fact]
    public async Task Signed_in_without_a_role_is_refused_the_federation()
    {
        var (federation, effort) = await FederationWithEffortAsync();
        var calls = GrantsCalls.For(host.Grants(Caller.WithoutRoles), federation, effort.Name);

        foreach (var (method, call) in calls.Where(c => !GrantsCalls.Public.Contains(c.Key)))
        {
            await ExpectAsync(StatusCode.PermissionDenied, method, call);
        }
    }

    private async Task<(string Federation, Effort Effort)> FederationWithEffortAsync()
    {
        var federation = host.NewFederation();
        return (federation, await host.Grants().CreateAsync(federation, "psykolog"));
    }

    private async Task AssertUnchangedAsync(Effort effort) => Assert.Equal(effort, await host.Grants().GetAsync(effort.Name));

    private static async Task ExpectAsync(StatusCode expected, string method, Func<Task> call)
    {
        var failure = await Assert.ThrowsAsync<RpcException>(call);
        Assert.True(failure.StatusCode == expected, $"{method}: {failure.StatusCode} {failure.Status.Detail}");
    }
}
