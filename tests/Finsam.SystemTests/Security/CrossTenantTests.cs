using Finsam.Contracts;
using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Common.V1;
using Finsam.Contracts.Documents.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.Contracts.Identity.V1;
using Finsam.SystemTests.Infrastructure;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;

namespace Finsam.SystemTests.Security;

// For every RPC of every service, enumerated from the contracts: a request that succeeds for
// the caller's own federation, varied one resource name at a time to the same path in another
// federation. Each variant is refused for the tenancy reason (PermissionDenied, or
// InvalidArgument naming exactly the varied field), over the gateway and at the service's own
// port, and neither federation's data or audit trails change.
[Collection(SystemCollection.Name)]
public sealed class CrossTenantTests(FinsamSystem system)
{
    [Fact]
    public async Task No_rpc_of_any_service_reaches_into_another_federation_through_any_resource_name()
    {
        var own = await ValidRequests.SetUpAsync(system);
        var other = await ValidRequests.SetUpAsync(system);
        var requests = own.InOrder();
        Assert.Equal(
            ContractServices.All.SelectMany(s => s.Methods).Select(ContractServices.PathOf).Order(),
            requests.Select(r => $"/{r.Service}/{r.Method}").Order());

        var tokens = new Dictionary<AccessLevel, string>
        {
            [AccessLevel.Anonymous] = "",
            [AccessLevel.SignedIn] = await system.TokenWithRolesAsync((Role.Reader, own.FederationId)),
            [AccessLevel.Read] = await system.TokenWithRolesAsync((Role.Reader, own.FederationId)),
            [AccessLevel.Write] = await system.TokenWithRolesAsync((Role.Editor, own.FederationId)),
            [AccessLevel.Audit] = await system.TokenWithRolesAsync((Role.Auditor, own.FederationId)),
            [AccessLevel.Administer] = system.AdminToken,
        };
        var channels = new Dictionary<string, GrpcChannel>();
        try
        {
            var variants = 0;
            foreach (var (service, methodName, valid) in requests)
            {
                var method = ContractServices.FindMethod($"/{service}/{methodName}")!;
                var access = method.GetOptions().GetExtension(AccessExtensions.Access);
                var resource = method.Service.File.Package.Split('.')[1];
                var routes = new[]
                {
                    ("the gateway", system.Channel),
                    ($"{resource}'s own port", channels.TryGetValue(resource, out var direct) ? direct : channels[resource] = GrpcChannel.ForAddress(system.App.GetEndpoint(resource))),
                };

                if (access.FederationField is { Length: > 0 } declared)
                {
                    var before = (await StateAsync(own.FederationId), await StateAsync(other.FederationId));
                    foreach (var (path, value) in NameFields.Of(valid))
                    {
                        // Callers who may act on any federation (regional administrators, the
                        // public on published documents) are not crossing a line by naming another.
                        if (path == declared && access.Level is AccessLevel.Administer or AccessLevel.Anonymous)
                        {
                            continue;
                        }
                        var variant = method.InputType.Parser.ParseFrom(valid.ToByteArray());
                        NameFields.Set(variant, path, InOtherFederation(value, own.FederationId, other.FederationId));
                        foreach (var (route, channel) in routes)
                        {
                            var refusal = await Assert.ThrowsAsync<RpcException>(() => DynamicCalls.CallAsync(channel.WithToken(tokens[access.Level]), method, variant));
                            AssertRefusedForTheTenancy(refusal, $"{methodName} with {path} in another federation, through {route}", path, path == declared);
                            variants++;
                        }
                    }
                    Assert.Equal(before, (await StateAsync(own.FederationId), await StateAsync(other.FederationId)));
                }

                // The request the variants came from is valid: refusals were for the tenancy alone.
                try
                {
                    await DynamicCalls.CallAsync(system.Channel.WithToken(tokens[access.Level]), method, valid);
                }
                catch (RpcException e)
                {
                    Assert.Fail($"{methodName}'s valid request, as a {access.Level} caller of its own federation: {e.StatusCode} {e.Status.Detail}");
                }
            }
            TestContext.Current.TestOutputHelper?.WriteLine($"{requests.Count} RPCs, {variants} cross-federation variants refused.");
        }
        finally
        {
            foreach (var channel in channels.Values)
            {
                channel.Dispose();
            }
        }
    }

    // The hole as it was found: the URL names one federation and a message in the body
    // another. Over the gateway's JSON port the check reads the declared field (the URL's) and
    // refuses the body's name into the other federation.
    [Fact]
    public async Task Json_with_the_url_in_one_federation_and_the_body_in_another_is_refused_either_way()
    {
        var a = Federations.NewId("a");
        var b = Federations.NewId("b");
        foreach (var id in new[] { a, b })
        {
            await system.Funding.CreateFederationAsync(new CreateFederationRequest { FederationId = id, Federation = Federations.Sundsvall() });
            await system.Funding.CreateAllocationAsync(new CreateAllocationRequest { Parent = $"federations/{id}", Allocation = new Allocation { Year = 2022, StateAmountOre = Federations.Sundsvall2022StateOre } });
            await system.Funding.SetInstalmentPlanAsync(new SetInstalmentPlanRequest { InstalmentPlan = new InstalmentPlan { Name = $"federations/{id}/instalmentPlans/2022", Frequency = InstalmentFrequency.Yearly } });
            await system.Funding.RaiseInvoicesAsync(new RaiseInvoicesRequest { InstalmentPlan = $"federations/{id}/instalmentPlans/2022" });
        }
        using var editorOfA = new HttpClient { BaseAddress = system.GatewayHttp };
        editorOfA.DefaultRequestHeaders.Authorization = new("Bearer", await system.TokenWithRolesAsync((Role.Editor, a)));

        async Task<System.Net.HttpStatusCode> PayAsync(string urlFederation, string bodyFederation)
        {
            var body = $$"""{"name": "federations/{{bodyFederation}}/invoices/2022-sundsvalls-kommun-1/payments/x", "amount_ore": "100", "paid_on": "2022-03-01"}""";
            using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
            var response = await editorOfA.PostAsync($"/v1/federations/{urlFederation}/invoices/2022-sundsvalls-kommun-1/payments?request_id={Guid.NewGuid()}", content);
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == System.Net.HttpStatusCode.BadRequest)
            {
                Assert.Contains("payment.name", text);
            }
            return response.StatusCode;
        }

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, await PayAsync(urlFederation: b, bodyFederation: a));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, await PayAsync(urlFederation: a, bodyFederation: b));
        foreach (var id in new[] { a, b })
        {
            var outstanding = await system.Funding.GetOutstandingAsync(new GetOutstandingRequest { Name = $"federations/{id}/outstanding/2022" });
            Assert.Equal(0, outstanding.PaidOre);
        }
        // The same payment named consistently is the editor's to record.
        Assert.Equal(System.Net.HttpStatusCode.OK, await PayAsync(urlFederation: a, bodyFederation: a));
    }

    private static void AssertRefusedForTheTenancy(RpcException refusal, string what, string field, bool isTheDeclaredField)
    {
        if (refusal.StatusCode == StatusCode.PermissionDenied)
        {
            return;
        }
        Assert.True(refusal.StatusCode == StatusCode.InvalidArgument && !isTheDeclaredField, $"{what}: {refusal.StatusCode} {refusal.Status.Detail}");
        var named = refusal.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations.Select(v => v.Field).ToList() ?? [];
        Assert.True(named.SequenceEqual([field]), $"{what}: InvalidArgument naming [{string.Join(", ", named)}], not {field}: {refusal.Status.Detail}");
    }

    // The same path in the other federation; a name left empty in the valid request points
    // at the other federation itself.
    private static string InOtherFederation(string value, string own, string other) =>
        value.Length == 0 ? $"federations/{other}" : value.Replace($"federations/{own}", $"federations/{other}", StringComparison.Ordinal);

    // What the federation holds, read by a regional administrator: each service's audit trail
    // (every change to stored data is in it) and its main resources.
    private async Task<string> StateAsync(string federationId)
    {
        var f = $"federations/{federationId}";
        var reads = new List<IMessage>
        {
            await system.Funding.GetFederationAsync(new GetFederationRequest { Name = f }),
            await system.Funding.ListAllocationsAsync(new ListAllocationsRequest { Parent = f }),
            await system.Funding.ListInvoicesAsync(new ListInvoicesRequest { Parent = f }),
            await system.Funding.ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = f, PageSize = 1000 }),
            await system.Grants.ListEffortsAsync(new ListEffortsRequest { Parent = f, PageSize = 1000 }),
            await system.Grants.ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = f, PageSize = 1000 }),
            await system.Budget.ListBudgetVersionsAsync(new ListBudgetVersionsRequest { Parent = $"{f}/budgets/2022" }),
            await system.Budget.ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = f, PageSize = 1000 }),
            await system.Documents.ListDocumentVersionsAsync(new ListDocumentVersionsRequest { Parent = $"{f}/documents/2022" }),
            await system.Documents.ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = f, PageSize = 1000 }),
        };
        return string.Join("\n", reads.Select(r => JsonFormatter.Default.Format(r)));
    }
}
