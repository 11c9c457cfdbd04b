using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.Grpc;

namespace Finsam.ServiceKit.Tests.Audit;

public sealed class AuditedResourceTests
{
    [Theory]
    [InlineData("federations/sundsvall")]
    [InlineData("federations/sundsvall/efforts/jobbsparet")]
    [InlineData("federations/sundsvall/efforts/jobbsparet/followUps/2027")]
    [InlineData("federations/sundsvall/financialGoals")]
    [InlineData("federations/sundsvall/efforts")]
    public void A_name_in_the_federation_is_the_filter(string resource)
    {
        var violations = new FieldViolations();

        Assert.Equal(resource, AuditedResource.Parse(resource, "sundsvall", violations));
        Assert.False(violations.Any);
    }

    [Fact]
    public void No_name_is_the_whole_trail()
    {
        var violations = new FieldViolations();

        Assert.Null(AuditedResource.Parse("", "sundsvall", violations));
        Assert.False(violations.Any);
    }

    [Theory]
    [InlineData("federations/timra/efforts/jobbsparet", "OTHER_FEDERATION")]
    [InlineData("federations/sundsvall2/efforts/jobbsparet", "OTHER_FEDERATION")]
    [InlineData("efforts/jobbsparet", "OTHER_FEDERATION")]
    [InlineData("people/anna", "OTHER_FEDERATION")]
    [InlineData("federations/sundsvall/", "INVALID_FORMAT")]
    [InlineData("federations/sundsvall//efforts", "INVALID_FORMAT")]
    [InlineData("federations/sundsvall/efforts/a_c", "INVALID_FORMAT")]
    [InlineData("federations/sundsvall/efforts/a%", "INVALID_FORMAT")]
    [InlineData("federations/sundsvall/efforts/-x", "INVALID_FORMAT")]
    [InlineData("federations/sundsvall/efforts/a b", "INVALID_FORMAT")]
    [InlineData("federations/sundsvall/efforts/../../timra", "INVALID_FORMAT")]
    public void Anything_else_is_a_violation_of_the_resource_field(string resource, string reason)
    {
        var violations = new FieldViolations();

        Assert.Null(AuditedResource.Parse(resource, "sundsvall", violations));
        var violation = Assert.Single(violations.Items);
        Assert.Equal(("resource", reason), (violation.Field, violation.Reason));
    }

    [Fact]
    public void A_name_longer_than_any_the_services_give_is_too_long()
    {
        var violations = new FieldViolations();
        var resource = "federations/sundsvall" + string.Concat(Enumerable.Repeat("/efforts/x", 60));

        Assert.Null(AuditedResource.Parse(resource, "sundsvall", violations));
        Assert.Equal("TOO_LONG", Assert.Single(violations.Items).Reason);
    }
}
