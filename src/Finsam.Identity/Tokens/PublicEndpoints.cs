using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Finsam.Identity.Tokens;

// The discovery document names the endpoints (authorization, token, end session,
// revocation, keys) at the address the caller used: through the gateway that is the gateway's public address (from its
// X-Forwarded-Host and -Proto), inside the system the service's own. The issuer stays
// the name every service expects in tokens.
public sealed class PublicEndpoints : IOpenIddictServerHandler<HandleConfigurationRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<HandleConfigurationRequestContext>()
            .UseSingletonHandler<PublicEndpoints>()
            // Before OpenIddict fills in the endpoints relative to the issuer.
            .SetOrder(OpenIddictServerHandlers.Discovery.AttachEndpoints.Descriptor.Order - 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(HandleConfigurationRequestContext context)
    {
        if (context.BaseUri is { IsAbsoluteUri: true } baseUri)
        {
            context.AuthorizationEndpoint ??= Absolute(baseUri, context.Options.AuthorizationEndpointUris.FirstOrDefault());
            context.TokenEndpoint ??= Absolute(baseUri, context.Options.TokenEndpointUris.FirstOrDefault());
            context.EndSessionEndpoint ??= Absolute(baseUri, context.Options.EndSessionEndpointUris.FirstOrDefault());
            context.RevocationEndpoint ??= Absolute(baseUri, context.Options.RevocationEndpointUris.FirstOrDefault());
            context.JsonWebKeySetEndpoint ??= Absolute(baseUri, context.Options.JsonWebKeySetEndpointUris.FirstOrDefault());
        }
        return ValueTask.CompletedTask;
    }

    private static Uri? Absolute(Uri baseUri, Uri? endpoint) => endpoint switch
    {
        null => null,
        { IsAbsoluteUri: true } => endpoint,
        _ => new Uri(new Uri(baseUri.AbsoluteUri.TrimEnd('/') + "/"), endpoint.OriginalString.TrimStart('/')),
    };
}
