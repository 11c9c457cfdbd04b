using System.Security.Cryptography;
using System.Text;

namespace Finsam.SignInTesting;

// A client app's authorization request as a web app sends the browser with it: a fresh
// state, nonce and PKCE verifier each time, the challenge its S256 hash. A test changes
// what it tries (with { CodeChallenge = null }, another redirect URI).
public sealed record AuthorizationRequest(string ClientId, string RedirectUri, string Scope)
{
    public const string Path = "/connect/authorize";

    public string State { get; init; } = Random();

    public string Nonce { get; init; } = Random();

    public string CodeVerifier { get; init; } = Random();

    public string? CodeChallenge { get; init; }

    public string? CodeChallengeMethod { get; init; } = "S256";

    public static AuthorizationRequest For(string clientId, string redirectUri, string scope = "openid profile offline_access roles")
    {
        var request = new AuthorizationRequest(clientId, redirectUri, scope);
        return request with { CodeChallenge = S256(request.CodeVerifier) };
    }

    // The authorization endpoint's path with the request in its query.
    public string PathAndQuery()
    {
        var parameters = new List<(string, string?)>
        {
            ("client_id", ClientId),
            ("redirect_uri", RedirectUri),
            ("response_type", "code"),
            ("scope", Scope),
            ("state", State),
            ("nonce", Nonce),
            ("code_challenge", CodeChallenge),
            ("code_challenge_method", CodeChallengeMethod),
        };
        return Path + "?" + string.Join('&', parameters
            .Where(parameter => parameter.Item2 is not null)
            .Select(parameter => $"{parameter.Item1}={Uri.EscapeDataString(parameter.Item2!)}"));
    }

    public static string S256(string verifier) => Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    // 256 bits, base64url: a verifier of 43 characters (RFC 7636 asks for 43 to 128).
    private static string Random() => Base64Url(RandomNumberGenerator.GetBytes(32));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
