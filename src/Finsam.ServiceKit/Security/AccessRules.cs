using System.Collections.Frozen;
using Finsam.Contracts;

namespace Finsam.ServiceKit.Security;

// Every RPC's declared access rule, read from the contracts once at start.
public sealed class AccessRules
{
    private readonly FrozenDictionary<string, DeclaredAccess> _byPath = ContractServices.All
        .SelectMany(service => service.Methods)
        .ToFrozenDictionary(ContractServices.PathOf, DeclaredAccess.Of, StringComparer.Ordinal);

    // By the call's path, "/finsam.funding.v1.FundingService/GetFederation"; null for a method
    // no contract declares (such a call is refused).
    public DeclaredAccess? Find(string methodPath) => _byPath.GetValueOrDefault(methodPath);
}
