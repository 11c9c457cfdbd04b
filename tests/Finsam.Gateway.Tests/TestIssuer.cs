using System.Security.Claims;
using System.Security.Cryptography;
using Finsam.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Finsam.Gateway.Tests;

// Signed tokens for the gateway under test. The gateway checks them with its own JWT bearer
// settings (audience, lifetime, signature); only the issuer and its key come from here
// instead of from the identity service's OpenID configuration.
internal static class TestIssuer
{
    private const string Issuer = "https://issuer.test";
    private static readonly SymmetricSecurityKey Key = new(RandomNumberGenerator.GetBytes(32)) { KeyId = "test-key" };

    public static string Token(string subject) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = AuthenticationExtensions.DefaultAudience,
        Subject = new ClaimsIdentity([new Claim("sub", subject)]),
        Expires = DateTime.UtcNow.AddHours(1),
        SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.HmacSha256),
    });

    public static void Trust(IServiceCollection services)
    {
        var configuration = new OpenIdConnectConfiguration { Issuer = Issuer };
        configuration.SigningKeys.Add(Key);
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
            options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration));
    }
}
