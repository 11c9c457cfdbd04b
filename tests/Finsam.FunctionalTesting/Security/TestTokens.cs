using System.Security.Claims;
using System.Security.Cryptography;
using Finsam.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Finsam.FunctionalTesting.Security;

// Access tokens shaped as Finsam's token server issues them (a JWT signed with RS256 for the
// audience "finsam", with "sub", "name" and "finsam_grant" claims), signed with a key of this
// test run's own. The service under test trusts that key instead of fetching the token
// server's, so its own token validation and access checks run unchanged.
public sealed class TestTokens
{
    public const string Issuer = "http://identity/";
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = $"functional-{Guid.NewGuid():N}" };
    private readonly JsonWebTokenHandler _handler = new();

    public string For(Caller caller) => Sign(caller, _key);

    // A well-formed token signed with a key the service was never told of.
    public string Forged(Caller caller) => Sign(caller, new RsaSecurityKey(RSA.Create(2048)) { KeyId = _key.KeyId });

    // No metadata fetch: the signing key is given, as the token server's metadata would give it.
    public void Trust(IServiceCollection services) =>
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            var configuration = new OpenIdConnectConfiguration { Issuer = Issuer };
            configuration.SigningKeys.Add(_key);
            options.Configuration = configuration;
            options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
            options.TokenValidationParameters.ValidIssuer = Issuer;
        });

    private string Sign(Caller caller, SecurityKey key)
    {
        var now = DateTime.UtcNow;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = AuthenticationExtensions.DefaultAudience,
            TokenType = "at+jwt",
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
            Subject = new ClaimsIdentity(
                [
                    new Claim("sub", caller.Subject),
                    new Claim("name", caller.Subject),
                    .. caller.Grants.Select(grant => new Claim(FinsamRoles.GrantClaimType, grant)),
                ]),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }
}
