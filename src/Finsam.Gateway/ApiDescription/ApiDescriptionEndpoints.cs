using Finsam.Contracts;
namespace Finsam.Gateway.ApiDescription;

// GET /openapi/v1.json (the OpenAPI document) and GET /openapi (the page to read), both
// built once at start from the contracts and open to anyone.
internal static class ApiDescriptionEndpoints
{
    public const string DocumentPath = "/openapi/v1.json";
    public const string PagePath = "/openapi";

    public static void Map(WebApplication app, string rateLimiterPolicy)
    {
        var document = OpenApiDocument.Build(ContractServices.All);
        var json = OpenApiDocument.Serialize(document);
        var page = ReferencePage.Render(document);

        app.MapGet(DocumentPath, () => Results.Text(json, "application/json")).AllowAnonymous().RequireRateLimiting(rateLimiterPolicy);
        app.MapGet(PagePath, () => Results.Text(page, "text/html; charset=utf-8")).AllowAnonymous().RequireRateLimiting(rateLimiterPolicy);
    }
}
