using System.Collections.Frozen;
using Finsam.Contracts;

namespace Finsam.ServiceKit.Security;

// Every RPC's declared access rule, read from the contracts once at start.
public sealed class AccessRules
{
    // gRPC's standard health check answers anyone: a probe (Kubernetes', a load balancer's)
    // carries no token, and the answer says only whether the service serves. Its streaming
    // Watch is not a probe's and stays refused.
    public const string HealthCheck = "/grpc.health.v1.Health/Check";

    private readonly FrozenDictionary<string, DeclaredAccess> _byPath = ContractServices.All
        .SelectMany(service => service.Methods)
        .Select(method => KeyValuePair.Create(ContractServices.PathOf(method), DeclaredAccess.Of(method)))
        .Append(KeyValuePair.Create(HealthCheck, DeclaredAccess.Public))
        .ToFrozenDictionary(StringComparer.Ordinal);

    // By the call's path, "/finsam.funding.v1.FundingService/GetFederation"; null for a method
    // no contract declares (such a call is refused).
    public DeclaredAccess? Find(string methodPath) => _byPath.GetValueOrDefault(methodPath);
}
