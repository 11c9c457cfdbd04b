using Finsam.Funding.Domain;

namespace Finsam.Funding.Tests.Domain;

public sealed class OrganisationNumberTests
{
    [Theory]
    [InlineData("556654-7898", "556654-7898")]
    [InlineData("5566547898", "556654-7898")]
    [InlineData(" 222000-9878 ", "222000-9878")]
    public void A_number_whose_check_digit_holds_is_written_with_its_hyphen(string typed, string written)
    {
        Assert.Equal(written, OrganisationNumber.Normalized(typed));
    }

    [Theory]
    [InlineData("556654-7897")]
    [InlineData("222000-9876")]
    [InlineData("55665-47898")]
    [InlineData("556654-789")]
    [InlineData("16556654-7898")]
    [InlineData("ABCDEF-1234")]
    [InlineData("")]
    public void Anything_else_is_no_organisation_number(string typed)
    {
        Assert.Null(OrganisationNumber.Normalized(typed));
    }
}
