using Microsoft.AspNetCore.Authentication;
using OpenIddict.Server.AspNetCore;

namespace Finsam.Identity.Tokens;

// An OAuth 2.0 error for OpenIddict to answer the client with: as JSON from the token
// endpoint, as a redirect back to the client from the authorization endpoint.
public static class Refusal
{
    public static IResult Of(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
