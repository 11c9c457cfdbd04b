namespace Finsam.Web.Public;

// What the pages for citizens and partners need: the anonymous clients and a rate limit per visitor.
public static class PublicPages
{
    public static void AddPublicPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<PublicGateway>();
        PublicRateLimits.Add(builder);
    }
}
