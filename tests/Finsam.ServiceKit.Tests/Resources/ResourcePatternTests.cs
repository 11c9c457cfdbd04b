using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Resources;

namespace Finsam.ServiceKit.Tests.Resources;

public sealed class ResourcePatternTests
{
    private static readonly ResourcePattern Commitment = ResourcePattern.Of("federations/{federation}/allocations/{year:int}/commitments/{member}");

    [Fact]
    public void A_name_it_builds_parses_back_to_its_ids()
    {
        var name = Commitment.Format("sundsvall", 2026, "region-vasternorrland");

        var parsed = Commitment.Match(name);

        Assert.Equal("federations/sundsvall/allocations/2026/commitments/region-vasternorrland", name);
        Assert.NotNull(parsed);
        Assert.Equal("sundsvall", parsed.Federation);
        Assert.Equal(2026, parsed.Year);
        Assert.Equal("region-vasternorrland", parsed["member"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("federations/sundsvall/allocations/2026/commitments")]
    [InlineData("federations/sundsvall/allocations/2026/commitments/region/extra")]
    [InlineData("federations/Sundsvall/allocations/2026/commitments/region")]
    [InlineData("federations/sundsvall/allocations/twenty/commitments/region")]
    [InlineData("federations/sundsvall/allocations/-2026/commitments/region")]
    [InlineData("federations/sundsvall/allocations/1234567890/commitments/region")]
    [InlineData("federations/sundsvall/budgets/2026/commitments/region")]
    [InlineData("federations/-sundsvall/allocations/2026/commitments/region")]
    [InlineData("federations//allocations/2026/commitments/region")]
    [InlineData("federations/sundsvall/allocations/2026/commitments/region%2F..")]
    public void Anything_else_is_a_violation_that_shows_the_expected_form(string name)
    {
        var violations = new FieldViolations();

        Assert.Null(Commitment.Parse(name, "commitment.name", violations));

        var violation = Assert.Single(violations.Items);
        Assert.Equal("commitment.name", violation.Field);
        Assert.Equal("Expected federations/{federation}/allocations/{year}/commitments/{member}.", violation.Description);
        Assert.Equal(name.Length == 0 ? "REQUIRED" : "INVALID_FORMAT", violation.Reason);
    }

    [Fact]
    public void An_id_longer_than_the_id_rule_does_not_match()
    {
        var pattern = ResourcePattern.Of("federations/{federation}");

        Assert.NotNull(pattern.Match("federations/" + new string('a', ResourceId.MaxLength)));
        Assert.Null(pattern.Match("federations/" + new string('a', ResourceId.MaxLength + 1)));
    }

    [Fact]
    public void Format_refuses_the_wrong_number_of_ids()
    {
        Assert.Throws<ArgumentException>(() => Commitment.Format("sundsvall", 2026));
        Assert.Throws<ArgumentException>(() => Commitment.Format("sundsvall", 2026, "region", "extra"));
    }

    [Theory]
    [InlineData("federations/*")]
    [InlineData("federations/{federation}/budgets/{federation}")]
    [InlineData("federations//budgets")]
    public void A_malformed_template_is_a_programming_error(string template)
    {
        Assert.Throws<ArgumentException>(() => ResourcePattern.Of(template));
    }
}
