using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Finsam.ServiceDefaults.Security;

public static class AuthenticationExtensions
{
    public const string Section = "Authentication";
    public const string DefaultAuthority = "http://identity";
    public const string DefaultAudience = "finsam";
    private const string MetadataClient = "oidc-metadata";

    // Bearer tokens (JWT) from Finsam's token server, found through service discovery as
    // "http://identity", or from any OpenID Connect provider set in Authentication:Authority.
    public static IHostApplicationBuilder AddFinsamAuthentication(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(Section);
        var authority = section["Authority"] ?? DefaultAuthority;
        var internalAuthority = authority.StartsWith("http://", StringComparison.OrdinalIgnoreCase);

        builder.Services.AddHttpClient(MetadataClient, client =>
        {
            if (internalAuthority)
            {
                // Finsam's own services speak HTTP/2 cleartext only.
                client.DefaultRequestVersion = HttpVersion.Version20;
                client.DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact;
            }
        });

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.Authority = authority;
                options.Audience = section["Audience"] ?? DefaultAudience;
                options.RequireHttpsMetadata = !internalAuthority;
                options.MapInboundClaims = false;
                options.TokenValidationParameters.NameClaimType = "sub";
                options.RefreshOnIssuerKeyNotFound = true;
            });
        WithoutDataProtectionWarmUp(builder.Services);
        builder.Services.AddSingleton<ValidatedTokens>();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IHttpClientFactory>((options, clients) => options.Backchannel = clients.CreateClient(MetadataClient))
            .Configure<ValidatedTokens>((options, validated) =>
            {
                options.Events ??= new JwtBearerEvents();
                options.Events.OnMessageReceived = validated.UseKeptCaller;
                options.Events.OnTokenValidated = validated.KeepCaller;
            });

        builder.Services.Configure<ExternalRoleMappingOptions>(section);
        builder.Services.AddTransient<IClaimsTransformation, ExternalRoleMapping>();
        builder.Services.AddAuthorization();
        return builder;
    }

    // Bearer tokens need no Data Protection, but AddAuthentication registers it, and its hosted
    // service loads a key ring at every start (on a new machine it writes one, unencrypted, to the
    // home folder): start-up work and 3-4 MB of memory a service spends for nothing. A service
    // that protects data itself (AddDataProtection after this) gets the warm-up back.
    private static void WithoutDataProtectionWarmUp(IServiceCollection services)
    {
        const string warmUp = "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService";
        foreach (var registration in services.Where(s => s.ServiceType == typeof(IHostedService) && s.ImplementationType?.FullName == warmUp).ToList())
        {
            services.Remove(registration);
        }
    }
}
