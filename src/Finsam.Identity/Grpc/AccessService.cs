using Finsam.Identity.Data;
using Finsam.Identity.Dependencies;
using Finsam.Identity.Validation;
using Grpc.Core;
using Contract = Finsam.Contracts.Identity.V1;

namespace Finsam.Identity.Grpc;

// Client apps, people and their roles, managed by regional administrators. Roles are in
// AccessService.Roles.cs, the caller's own view in AccessService.Caller.cs.
public sealed partial class AccessService(
    ClientStore clients,
    PersonStore people,
    RoleGrantStore roleGrants,
    FederationDirectory federations) : Contract.AccessService.AccessServiceBase
{
    public override async Task<Contract.CreateClientResponse> CreateClient(Contract.CreateClientRequest request, ServerCallContext context)
    {
        AccessRequestValidator.Validate(request);
        var (client, secret) = await clients.CreateAsync(request.ClientId, request.Client.DisplayName.Trim(), context);
        return new Contract.CreateClientResponse { Client = client, ClientSecret = secret };
    }

    public override Task<Contract.Person> CreatePerson(Contract.CreatePersonRequest request, ServerCallContext context)
    {
        AccessRequestValidator.Validate(request);
        var externalSubject = request.Person.ExternalSubject.Length == 0 ? null : request.Person.ExternalSubject;
        return people.CreateAsync(request.Username, request.Person.DisplayName.Trim(), request.Password, externalSubject, context);
    }
}
