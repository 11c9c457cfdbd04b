using Finsam.Contracts.Identity.V1;
using Finsam.SystemTests.Infrastructure;

namespace Finsam.SystemTests.Web;

// People who sign in to the web app, made through the API by the regional administrator's
// client app (the browser tests' subject is what they then do in the browser).
public static class WebPeople
{
    public const string Password = "ett-långt-lösenord-för-webben";

    // A new person with one role: in a federation, or regional when federationId is empty.
    public static async Task<string> NewAsync(FinsamSystem system, string prefix, Role role, string federationId)
    {
        var username = Federations.NewId(prefix);
        await system.Access.CreatePersonAsync(new CreatePersonRequest { Username = username, Person = new Person { DisplayName = $"Testperson {prefix}" }, Password = Password });
        await system.Access.GrantRoleAsync(new GrantRoleRequest
        {
            Grant = new RoleGrant { Principal = $"people/{username}", Role = role, Federation = federationId.Length == 0 ? "" : $"federations/{federationId}" },
        });
        return username;
    }
}
