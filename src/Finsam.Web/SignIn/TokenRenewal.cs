using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace Finsam.Web.SignIn;

// Renews a session's access token with its refresh token, and revokes the refresh token at
// sign-out, at identity's token endpoints (through the gateway, as every client app does).
public sealed class TokenRenewal(HttpClient http, IdentityEndpoints endpoints, TimeProvider clock, ILogger<TokenRenewal> logger)
{
    // The new tokens, or null when identity will not renew them (the sign-in's lifetime has
    // passed, the person was signed out or removed): the session has ended.
    public async Task<SessionTokens?> RenewAsync(SessionTokens tokens, CancellationToken ct)
    {
        if (tokens.RefreshToken is null)
        {
            return null;
        }
        using var response = await http.PostAsync(await endpoints.TokenAsync(ct), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = WebSignIn.ClientId,
            ["refresh_token"] = tokens.RefreshToken,
        }), ct);
        if (!response.IsSuccessStatusCode)
        {
            logger.LogInformation("Identity did not renew a session's tokens ({Status}); the session ends.", (int)response.StatusCode);
            return null;
        }
        var answer = await response.Content.ReadFromJsonAsync<TokenAnswer>(ct)
            ?? throw new InvalidOperationException("Identity answered a refresh without tokens.");
        return new SessionTokens(answer.AccessToken, answer.RefreshToken ?? tokens.RefreshToken, answer.IdToken ?? tokens.IdToken,
            clock.GetUtcNow().AddSeconds(answer.ExpiresIn));
    }

    // Best effort: the session ends here whatever identity answers.
    public async Task RevokeAsync(SessionTokens tokens, CancellationToken ct)
    {
        if (tokens.RefreshToken is null || await endpoints.RevocationAsync(ct) is not { } revocation)
        {
            return;
        }
        try
        {
            using var response = await http.PostAsync(revocation, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["client_id"] = WebSignIn.ClientId,
                ["token"] = tokens.RefreshToken,
                ["token_type_hint"] = "refresh_token",
            }), ct);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("Identity refused to revoke a refresh token at sign-out ({Status}).", (int)response.StatusCode);
            }
        }
        catch (HttpRequestException failure)
        {
            logger.LogWarning(failure, "Identity could not be reached to revoke a refresh token at sign-out.");
        }
    }

    private sealed record TokenAnswer(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("refresh_token")] string? RefreshToken,
        [property: JsonPropertyName("id_token")] string? IdToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
