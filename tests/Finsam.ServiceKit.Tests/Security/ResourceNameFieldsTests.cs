using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.ServiceDefaults.Security;
using Finsam.ServiceKit.Security;

namespace Finsam.ServiceKit.Tests.Security;

public sealed class ResourceNameFieldsTests
{
    [Fact]
    public void Names_are_found_by_their_annotations_in_nested_messages_not_by_field_names()
    {
        var request = new RecordPaymentRequest
        {
            Invoice = "federations/a/invoices/2022-x-1",
            Payment = new Payment { Name = "federations/b/invoices/2022-x-1/payments/1", Reference = "federations/c" },
            RequestId = "federations/d",
        };

        Assert.Equal(
            [("invoice", "federations/a/invoices/2022-x-1"), ("payment.name", "federations/b/invoices/2022-x-1/payments/1")],
            ResourceNameFields.In(request));
    }

    [Fact]
    public void Names_in_repeated_messages_are_found_with_their_index()
    {
        var request = new DistributeStateAllocationRequest
        {
            Federations = { new FederationMeasures { Federation = "federations/a" }, new FederationMeasures { Federation = "federations/b" } },
        };

        Assert.Equal(
            [("federations[0].federation", "federations/a"), ("federations[1].federation", "federations/b")],
            ResourceNameFields.In(request));
    }

    [Fact]
    public void A_reference_inside_a_carried_resource_is_a_name_too()
    {
        var request = new CreateDecisionRequest
        {
            Parent = "federations/a",
            Decision = new Decision { Effort = "federations/b/efforts/x" },
        };

        Assert.Equal([("parent", "federations/a"), ("decision.effort", "federations/b/efforts/x")], ResourceNameFields.In(request));
    }

    [Fact]
    public void Unset_names_are_left_out()
    {
        Assert.Equal([("budget.name", "federations/a/budgets/2022")], ResourceNameFields.In(new UpdateBudgetRequest { Budget = new Contracts.Budget.V1.Budget { Name = "federations/a/budgets/2022" } }));
        Assert.Empty(ResourceNameFields.In(new UpdateBudgetRequest()));
    }

    [Theory]
    [InlineData("federations/sundsvall", "sundsvall")]
    [InlineData("federations/sundsvall/allocations/2022", "sundsvall")]
    [InlineData("federations/", null)]
    [InlineData("federations//x", null)]
    [InlineData("people/anna", null)]
    [InlineData("", null)]
    public void The_federation_is_the_first_segment_after_federations(string name, string? federation) =>
        Assert.Equal(federation, FederationNames.Parse(name));

    [Fact]
    public void A_declared_path_reads_through_unset_messages_as_empty()
    {
        var path = FieldPath.Resolve(UpdateAllocationRequest.Descriptor, "allocation.name");
        Assert.Equal("", path.Read(new UpdateAllocationRequest()));
        Assert.Equal("federations/a/allocations/2022", path.Read(new UpdateAllocationRequest { Allocation = new Allocation { Name = "federations/a/allocations/2022" } }));
        Assert.Throws<InvalidOperationException>(() => FieldPath.Resolve(UpdateAllocationRequest.Descriptor, "allocation.year"));
        Assert.Throws<InvalidOperationException>(() => FieldPath.Resolve(UpdateAllocationRequest.Descriptor, "nothing"));
    }
}
