using Finsam.Contracts.Grants.V1;
using Finsam.FunctionalTesting.Hosting;
using Finsam.FunctionalTesting.Postgres;
using Finsam.FunctionalTesting.Security;

namespace Finsam.Grants.Tests.Functional;

// The grants service for one test class, on a database of its own, with funding played by a stand-in.
public sealed class GrantsHost(TestPostgres postgres) : ServiceFixture<Program>(postgres, "grantsdb")
{
    public FundingStandIn Funding { get; } = new();

    protected override void AddStandIns(StandIns standIns) => standIns.Add(Funding);

    public GrantsService.GrantsServiceClient Grants(Caller caller) => new(As(caller));

    // The regional administrator, who may do anything anywhere.
    public GrantsService.GrantsServiceClient Grants() => Grants(Caller.RegionalAdministrator);

    // A federation that funding knows, with an id of its own so tests never collide.
    public string NewFederation()
    {
        var id = $"f-{Guid.NewGuid():N}"[..20];
        Funding.Add(id);
        return id;
    }
}
