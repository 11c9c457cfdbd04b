using System.Net;
using System.Text;
using System.Text.Json;

namespace Finsam.SignInTesting;

// The token endpoint's answer: tokens, or an OAuth error with its description.
public sealed record TokenAnswer(HttpStatusCode Status, JsonElement Body)
{
    // A token request of any grant, as a form to /connect/token.
    public static async Task<TokenAnswer> RequestAsync(HttpClient http, Dictionary<string, string> form)
    {
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(form));
        var body = await response.Content.ReadAsStringAsync();
        return new TokenAnswer(response.StatusCode, JsonDocument.Parse(body).RootElement.Clone());
    }

    public string? AccessToken => Property("access_token");

    public string? RefreshToken => Property("refresh_token");

    public string? IdToken => Property("id_token");

    public string? Error => Property("error");

    public string? ErrorDescription => Property("error_description");

    private string? Property(string name) => Body.TryGetProperty(name, out var value) ? value.GetString() : null;

    // A token's claims (its JWT payload), e.g. to see the roles it carries.
    public static JsonElement ClaimsOf(string jwt)
    {
        var payload = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + (4 - payload.Length % 4) % 4, '=');
        return JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload))).RootElement.Clone();
    }

    // The finsam_grant claims of a token, in order: what every service authorizes with.
    public static IReadOnlyList<string> GrantsOf(string jwt) =>
        ClaimsOf(jwt).TryGetProperty("finsam_grant", out var grants)
            ? grants.ValueKind == JsonValueKind.Array ? [.. grants.EnumerateArray().Select(g => g.GetString()!).Order()] : [grants.GetString()!]
            : [];
}
