using Google.Protobuf.Reflection;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Finsam.Gateway.ApiDescription;

// The services clients reach through the gateway, from the compiled contracts: what
// server reflection and the OpenAPI document describe. The gateway hosts none of them.
internal static class PublicServices
{
    public static readonly IReadOnlyList<ServiceDescriptor> All =
    [
        Finsam.Contracts.Identity.V1.AccessService.Descriptor,
        Finsam.Contracts.Funding.V1.FundingService.Descriptor,
        Finsam.Contracts.Grants.V1.GrantsService.Descriptor,
        Finsam.Contracts.Budget.V1.BudgetService.Descriptor,
        Finsam.Contracts.Documents.V1.DocumentService.Descriptor,
    ];
}
