using Microsoft.AspNetCore.HttpOverrides;

namespace Finsam.Identity.SignIn;

public static class SignInExtensions
{
    // Password sign-in's limits, and the caller's own address and the gateway's public
    // address from the gateway's X-Forwarded-* headers, trusted from loopback only
    // (ForwardedHeaders:KnownProxies adds others).
    public static IHostApplicationBuilder AddPasswordSignIn(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<SignInLimits>(builder.Configuration.GetSection(SignInLimits.Section));
        builder.Services.AddScoped<SignInThrottle>();
        builder.Services.AddSingleton<PasswordCheck>();
        builder.Services.AddScoped<PasswordSignIn>();

        var knownProxies = builder.Configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto |
                ForwardedHeaders.XForwardedHost | ForwardedHeaders.XForwardedPrefix;
            foreach (var proxy in knownProxies)
            {
                options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });
        // First in the pipeline, before OpenIddict reads the request's address.
        builder.Services.AddTransient<IStartupFilter, ForwardedHeadersFirst>();
        return builder;
    }

    private sealed class ForwardedHeadersFirst : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseForwardedHeaders();
            next(app);
        };
    }
}
