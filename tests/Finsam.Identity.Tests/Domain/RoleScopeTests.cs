using Finsam.Identity.Domain;

namespace Finsam.Identity.Tests.Domain;

public sealed class RoleScopeTests
{
    [Fact]
    public void A_regional_administrator_holds_the_role_regionally_and_in_no_one_federation()
    {
        Assert.True(RoleScope.IsRegional(AccessRole.RegionalAdministrator));
        Assert.Null(RoleScope.WhyNot(AccessRole.RegionalAdministrator, inAFederation: false));
        Assert.Contains("every federation", RoleScope.WhyNot(AccessRole.RegionalAdministrator, inAFederation: true));
    }

    [Theory]
    [InlineData(AccessRole.Editor, "editor")]
    [InlineData(AccessRole.Reader, "reader")]
    [InlineData(AccessRole.Auditor, "auditor")]
    public void An_editor_a_reader_or_an_auditor_holds_the_role_in_one_federation_and_must_name_it(AccessRole role, string named)
    {
        Assert.False(RoleScope.IsRegional(role));
        Assert.Null(RoleScope.WhyNot(role, inAFederation: true));
        var whyNot = RoleScope.WhyNot(role, inAFederation: false);
        Assert.NotNull(whyNot);
        Assert.Contains(named, whyNot);
    }

    [Fact]
    public void Every_role_is_covered()
    {
        Assert.All(Enum.GetValues<AccessRole>(), role =>
            Assert.True(RoleScope.WhyNot(role, inAFederation: true) is null ^ RoleScope.WhyNot(role, inAFederation: false) is null));
    }
}
