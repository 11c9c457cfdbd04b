using Finsam.Contracts.Funding.V1;
using Finsam.FunctionalTesting.Hosting;
using Finsam.FunctionalTesting.Postgres;
using Finsam.FunctionalTesting.Security;

namespace Finsam.Funding.Tests.Functional;

// The funding service for one test class, on a database of its own. Funding calls no other service.
public sealed class FundingHost(TestPostgres postgres) : ServiceFixture<Program>(postgres, "fundingdb")
{
    public FundingService.FundingServiceClient Funding(Caller caller) => new(As(caller));

    // The regional administrator, who may do anything anywhere.
    public FundingService.FundingServiceClient Funding() => Funding(Caller.RegionalAdministrator);

    // Sundsvall's federation under an id of its own, so tests never collide.
    public async Task<string> SundsvallAsync()
    {
        var id = Federations.NewId();
        await Funding().CreateFederationAsync(new CreateFederationRequest { FederationId = id, Federation = Federations.Sundsvall() });
        return id;
    }

    // Sundsvall with its decided allocation for 2022.
    public async Task<string> SundsvallWith2022Async()
    {
        var id = await SundsvallAsync();
        await Funding().CreateAllocationAsync(new CreateAllocationRequest
        {
            Parent = $"federations/{id}",
            Allocation = new Allocation { Year = 2022, StateAmountOre = Federations.Sundsvall2022StateOre, Status = AllocationStatus.Decided },
        });
        return id;
    }
}
