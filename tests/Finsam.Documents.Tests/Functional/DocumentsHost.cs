using Finsam.Contracts.Documents.V1;
using Finsam.FunctionalTesting.Hosting;
using Finsam.FunctionalTesting.Postgres;
using Finsam.FunctionalTesting.Security;

namespace Finsam.Documents.Tests.Functional;

// The documents service for one test class, on a database of its own, with funding, grants
// and budget played by stand-ins that answer from Neighbours.
public sealed class DocumentsHost(TestPostgres postgres) : ServiceFixture<Program>(postgres, "documentsdb")
{
    public Neighbours Neighbours { get; } = new();

    protected override void AddStandIns(StandIns standIns) => standIns
        .Add(new FundingStandIn(Neighbours))
        .Add(new GrantsStandIn(Neighbours))
        .Add(new BudgetStandIn(Neighbours));

    public DocumentService.DocumentServiceClient Documents(Caller caller) => new(As(caller));

    // The regional administrator, who may do anything anywhere.
    public DocumentService.DocumentServiceClient Documents() => Documents(Caller.RegionalAdministrator);

    public static string NewFederation() => $"f-{Guid.NewGuid():N}"[..20];

    // A federation whose 2022 figures the other services hold, with its template and text stored.
    public async Task<string> PlanAsync(bool adopted = false)
    {
        var id = NewFederation();
        Plan.Figures(Neighbours, id, adopted);
        var documents = Documents(Caller.EditorOf(id));
        await documents.UpdateDocumentTemplateAsync(new UpdateDocumentTemplateRequest { Template = Plan.Template(id), AllowMissing = true });
        await documents.UpdatePlanTextAsync(new UpdatePlanTextRequest { PlanText = Plan.Text(id), AllowMissing = true });
        return id;
    }
}
