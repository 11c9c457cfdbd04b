using System.Net;
using Microsoft.Extensions.Primitives;
using Microsoft.Extensions.ServiceDiscovery;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.ServiceDiscovery;

namespace Finsam.Gateway.Routing;

// Clusters name services ("http://funding"); this turns each name into the addresses
// that service discovery knows (services__funding__http__0, __1, ...), one destination
// per replica, and refreshes them when discovery's answer changes.
internal sealed class ServiceDiscoveryDestinationResolver(ServiceEndpointResolver endpoints) : IDestinationResolver
{
    public async ValueTask<ResolvedDestinationCollection> ResolveDestinationsAsync(
        IReadOnlyDictionary<string, DestinationConfig> destinations,
        CancellationToken cancellationToken)
    {
        var resolved = new Dictionary<string, DestinationConfig>();
        var changeTokens = new List<IChangeToken>();

        foreach (var (id, destination) in destinations)
        {
            var address = new Uri(destination.Address);
            var source = await endpoints.GetEndpointsAsync(address.GetLeftPart(UriPartial.Authority), cancellationToken);
            changeTokens.Add(source.ChangeToken);

            var index = 0;
            foreach (var endpoint in source.Endpoints)
            {
                var resolvedAddress = AddressOf(endpoint.EndPoint, address);
                resolved[$"{id}[{index++}]"] = destination with { Address = resolvedAddress, Host = destination.Host ?? address.Authority };
            }
        }

        return new ResolvedDestinationCollection(resolved, new CompositeChangeToken(changeTokens));
    }

    private static string AddressOf(EndPoint endpoint, Uri original) => endpoint switch
    {
        UriEndPoint uri => uri.Uri.ToString().TrimEnd('/'),
        IPEndPoint ip => new UriBuilder(original.Scheme, ip.Address.ToString(), ip.Port).Uri.ToString().TrimEnd('/'),
        DnsEndPoint dns => new UriBuilder(original.Scheme, dns.Host, dns.Port).Uri.ToString().TrimEnd('/'),
        _ => original.ToString(),
    };
}
