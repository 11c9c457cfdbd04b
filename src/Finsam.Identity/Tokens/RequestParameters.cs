using System.Collections.Immutable;
using OpenIddict.Abstractions;

namespace Finsam.Identity.Tokens;

// A client app's request as name and value pairs, to send the browser back with it (after
// signing in, or with the answer to "sign out?"), less what has been dealt with meanwhile.
public static class RequestParameters
{
    public static List<KeyValuePair<string, string>> Of(OpenIddictRequest request, params string[] leftOut) =>
        [.. request.GetParameters()
            .Where(parameter => !leftOut.Contains(parameter.Key, StringComparer.Ordinal))
            .SelectMany(parameter => ((ImmutableArray<string?>?)parameter.Value ?? []).OfType<string>()
                .Select(value => KeyValuePair.Create(parameter.Key, value)))];
}
