using Finsam.Budget.Data;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Tests.Data;

// An update replaces the fields the federation writes and leaves the service's own alone. The
// store names the first; a field added to the contract and named nowhere would be dropped from
// every update without a word, so each field must be one or the other.
public sealed class BudgetStoreFieldsTests
{
    // Set by the service (its name, state, version, adoption, etag) or fixed at creation.
    private static readonly string[] ServiceOwned = ["name", "first_year", "status", "version", "adopted_on", "reference_number", "etag"];

    [Fact]
    public void Every_field_of_a_budget_is_either_the_federations_to_update_or_the_services_own()
    {
        var fields = Contract.Budget.Descriptor.Fields.InDeclarationOrder().Select(f => f.Name).ToList();

        Assert.Empty(fields.Except(BudgetStore.Updatable).Except(ServiceOwned));
        Assert.Empty(BudgetStore.Updatable.Intersect(ServiceOwned));
        Assert.Empty(BudgetStore.Updatable.Except(fields));
    }
}
