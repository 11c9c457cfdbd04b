using System.Net;

namespace Finsam.SignInTesting;

// The client app's own calls to the token endpoint (server to server, no cookies): the
// code it got, with its PKCE verifier, for tokens; a refresh token for new ones.
public sealed class ClientApp(HttpClient http, string clientId)
{
    public Task<TokenAnswer> ExchangeAsync(string code, AuthorizationRequest request, string? verifier = null) => PostAsync(new()
    {
        ["grant_type"] = "authorization_code",
        ["client_id"] = clientId,
        ["code"] = code,
        ["redirect_uri"] = request.RedirectUri,
        ["code_verifier"] = verifier ?? request.CodeVerifier,
    });

    public Task<TokenAnswer> RefreshAsync(string refreshToken) => PostAsync(new()
    {
        ["grant_type"] = "refresh_token",
        ["client_id"] = clientId,
        ["refresh_token"] = refreshToken,
    });

    public async Task<HttpStatusCode> RevokeAsync(string token)
    {
        using var response = await http.PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = clientId,
            ["token"] = token,
        }));
        return response.StatusCode;
    }

    private Task<TokenAnswer> PostAsync(Dictionary<string, string> form) => TokenAnswer.RequestAsync(http, form);
}
