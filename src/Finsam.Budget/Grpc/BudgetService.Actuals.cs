using Finsam.Budget.Validation;
using Finsam.ServiceKit.Security;
using Grpc.Core;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Grpc;

// The year after adoption: a financial year's actuals from the federation's accounts.
public sealed partial class BudgetService
{
    public override async Task<Contract.YearActuals> ImportActuals(Contract.ImportActualsRequest request, ServerCallContext context)
    {
        ActualsImportValidator.Validate(request, years);
        var federation = context.FederationId();
        var imported = ImportedActuals.Read(request);
        var known = await otherServices.FederationAsync(federation, context.CancellationToken);
        ImportedActuals.RequireSameOrganisation(imported, known.OrganisationNumber);
        return await actuals.ReplaceAsync(context, federation, request.Year, imported);
    }

    public override Task<Contract.YearActuals> GetYearActuals(Contract.GetYearActualsRequest request, ServerCallContext context)
    {
        var year = years.Require(Names.YearActuals.Parse(request.Name, "name"), "name");
        return actuals.GetAsync(context.FederationId(), year, context.CancellationToken);
    }
}
