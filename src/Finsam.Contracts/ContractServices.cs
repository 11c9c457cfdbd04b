using Google.Protobuf.Reflection;

namespace Finsam.Contracts;

// Every gRPC service Finsam's clients call, as the contracts describe them: the one list that
// access rules, the gateway and the tests enumerate.
public static class ContractServices
{
    public static IReadOnlyList<ServiceDescriptor> All { get; } =
    [
        Funding.V1.FundingService.Descriptor,
        Grants.V1.GrantsService.Descriptor,
        Budget.V1.BudgetService.Descriptor,
        Documents.V1.DocumentService.Descriptor,
        Identity.V1.AccessService.Descriptor,
    ];

    private static readonly Dictionary<string, MethodDescriptor> MethodsByPath = All
        .SelectMany(service => service.Methods)
        .ToDictionary(PathOf, StringComparer.Ordinal);

    // The HTTP/2 path gRPC calls the method by: "/finsam.funding.v1.FundingService/GetFederation".
    public static string PathOf(MethodDescriptor method) => $"/{method.Service.FullName}/{method.Name}";

    public static MethodDescriptor? FindMethod(string path) => MethodsByPath.GetValueOrDefault(path);
}
