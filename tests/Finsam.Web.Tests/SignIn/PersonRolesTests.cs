using System.Security.Claims;
using Finsam.Web.SignIn;

namespace Finsam.Web.Tests.SignIn;

public sealed class PersonRolesTests
{
    [Fact]
    public void An_editor_edits_their_own_federation_only()
    {
        var roles = new PersonRoles(Person("editor:norrvik", "reader:gotland"));
        Assert.True(roles.MayEdit("norrvik"));
        Assert.True(roles.MayRead("norrvik"));
        Assert.False(roles.MayAudit("norrvik"));
        Assert.True(roles.MayRead("gotland"));
        Assert.False(roles.MayEdit("gotland"));
        Assert.False(roles.MayRead("sundsvall"));
        Assert.False(roles.IsRegionalAdministrator);
    }

    [Fact]
    public void A_regional_administrator_may_do_everything_everywhere()
    {
        var roles = new PersonRoles(Person("regional-administrator"));
        Assert.True(roles.IsRegionalAdministrator);
        Assert.True(roles.MayEdit("vilket-som-helst"));
        Assert.True(roles.MayAudit("vilket-som-helst"));
    }

    [Fact]
    public void A_federation_named_like_a_role_gives_no_role_in_another()
    {
        // "editor:a:b" is a role in federation "a:b", which no resource name allows, and never in "a".
        var roles = new PersonRoles(Person("editor:a:b", "editor"));
        Assert.False(roles.MayRead("a"));
        Assert.False(roles.IsRegionalAdministrator);
    }

    [Fact]
    public void The_name_is_the_persons_display_name_else_their_subject()
    {
        Assert.Equal("Anna Andersson", new PersonRoles(Person([], name: "Anna Andersson")).DisplayName);
        Assert.Equal("people/anna", new PersonRoles(Person([], name: null)).DisplayName);
    }

    private static ClaimsPrincipal Person(params string[] grants) => Person(grants, "Anna Andersson");

    private static ClaimsPrincipal Person(string[] grants, string? name)
    {
        List<Claim> claims = [new(SignInClaims.Subject, "people/anna"), .. grants.Select(grant => new Claim(SignInClaims.Grant, grant))];
        if (name is not null)
        {
            claims.Add(new Claim(SignInClaims.Name, name));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test", SignInClaims.Name, SignInClaims.Grant));
    }
}
