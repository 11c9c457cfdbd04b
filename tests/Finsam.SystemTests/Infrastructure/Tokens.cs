using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;

namespace Finsam.SystemTests.Infrastructure;

// Tokens as a client app gets them: OAuth 2.0 at the gateway's /connect/token.
public static class Tokens
{
    public const string AdminClientId = "finsam-admin";

    // The regional administrators' client secret, generated in the data folder.
    public static string AdminClientSecret(string dataDirectory) =>
        File.ReadAllText(Path.Combine(dataDirectory, "secrets", "admin-client-secret")).Trim();

    public static async Task<string> ClientCredentialsAsync(Uri gateway, string clientId, string clientSecret)
    {
        using var http = new HttpClient { BaseAddress = gateway };
        var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
        }));
        return await AccessTokenOf(response);
    }

    public static async Task<string> PasswordAsync(Uri gateway, string username, string password)
    {
        using var http = new HttpClient { BaseAddress = gateway };
        var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["username"] = username,
            ["password"] = password,
        }));
        return await AccessTokenOf(response);
    }

    private static async Task<string> AccessTokenOf(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"No token: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    // Every call on the channel carries the token ("" for none).
    public static CallInvoker WithToken(this GrpcChannel channel, string token) =>
        token.Length == 0
            ? channel.CreateCallInvoker()
            : channel.Intercept(metadata =>
            {
                metadata.Add("Authorization", $"Bearer {token}");
                return metadata;
            });
}
