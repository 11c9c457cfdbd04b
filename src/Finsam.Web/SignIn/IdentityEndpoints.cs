using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Finsam.Web.SignIn;

// Identity's endpoints as its discovery document names them (read once by the OpenID Connect
// handler and cached): this app renews and revokes tokens where identity says.
public sealed class IdentityEndpoints(IOptionsMonitor<OpenIdConnectOptions> options)
{
    public async Task<OpenIdConnectConfiguration> ConfigurationAsync(CancellationToken ct)
    {
        var manager = options.Get(OpenIdConnectDefaults.AuthenticationScheme).ConfigurationManager
            ?? throw new InvalidOperationException("The OpenID Connect handler is not configured.");
        return await manager.GetConfigurationAsync(ct);
    }

    public async Task<Uri> TokenAsync(CancellationToken ct) => new((await ConfigurationAsync(ct)).TokenEndpoint);

    public async Task<Uri?> RevocationAsync(CancellationToken ct) =>
        (await ConfigurationAsync(ct)).AdditionalData.TryGetValue("revocation_endpoint", out var address) && address is string text
            ? new Uri(text)
            : null;
}
