using Finsam.Contracts.Documents.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Grants.V1;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;

namespace Finsam.Web.Public;

// The services' clients for a visitor who has not signed in: no token, so only what each
// service's own access rules give anyone. Each call names the visitor's address
// (X-Forwarded-For), so that the gateway counts every visitor apart (RateLimits) instead of
// all of them as one client, the web app.
public sealed class PublicGateway(GrpcChannel gateway, IHttpContextAccessor http)
{
    public FundingService.FundingServiceClient Funding => new(AsVisitor());

    public GrantsService.GrantsServiceClient Grants => new(AsVisitor());

    public DocumentService.DocumentServiceClient Documents => new(AsVisitor());

    private CallInvoker AsVisitor()
    {
        var visitor = http.HttpContext is { } context ? Visitors.AddressOf(context) : "";
        return gateway.Intercept(metadata =>
        {
            if (visitor.Length > 0)
            {
                metadata.Add("X-Forwarded-For", visitor);
            }
            return metadata;
        });
    }
}
