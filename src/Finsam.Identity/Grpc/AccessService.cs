using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Finsam.Contracts.Identity.V1;
using Finsam.Identity.Data;
using Finsam.Identity.Tokens;
using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceDefaults.Security;
using Finsam.ServiceKit.Security;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using FundingClient = Finsam.Contracts.Funding.V1.FundingService.FundingServiceClient;
using GetFederationRequest = Finsam.Contracts.Funding.V1.GetFederationRequest;

namespace Finsam.Identity.Grpc;

// Client apps, people and their roles, managed by regional administrators.
public sealed partial class AccessService(
    IdentityDbContext db,
    IOpenIddictApplicationManager applications,
    IPasswordHasher<PersonEntity> passwords,
    FundingClient funding,
    TimeProvider clock) : Contracts.Identity.V1.AccessService.AccessServiceBase
{
    private const int MinPasswordLength = 12;
    private const string RegionalTrail = "";

    [GeneratedRegex("^[a-z][a-z0-9-]{0,62}$")]
    private static partial Regex IdPattern();

    public override async Task<CreateClientResponse> CreateClient(CreateClientRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.AddWhen(!IdPattern().IsMatch(request.ClientId), "client_id", ViolationReason.InvalidFormat, "Use 1 to 63 lower-case letters, digits and hyphens, starting with a letter.");
        violations.AddWhen(string.IsNullOrWhiteSpace(request.Client?.DisplayName), "client.display_name", ViolationReason.Required, "Required.");
        violations.ThrowIfAny();

        if (await applications.FindByClientIdAsync(request.ClientId, context.CancellationToken) is not null)
        {
            throw GrpcErrors.AlreadyExists(Principals.Client(request.ClientId));
        }

        var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        var client = new Client
        {
            Name = Principals.Client(request.ClientId),
            DisplayName = request.Client!.DisplayName.Trim(),
            CreateTime = Timestamp.FromDateTimeOffset(clock.GetUtcNow()),
        };
        await applications.CreateAsync(Clients.Descriptor(request.ClientId, client.DisplayName, secret), context.CancellationToken);
        db.Record(context, clock, RegionalTrail, client.Name, before: null, after: client);
        await db.SaveChangesAsync(context.CancellationToken);

        return new CreateClientResponse { Client = client, ClientSecret = secret };
    }

    public override async Task<Person> CreatePerson(CreatePersonRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.AddWhen(!IdPattern().IsMatch(request.Username), "username", ViolationReason.InvalidFormat, "Use 1 to 63 lower-case letters, digits and hyphens, starting with a letter.");
        violations.AddWhen(string.IsNullOrWhiteSpace(request.Person?.DisplayName), "person.display_name", ViolationReason.Required, "Required.");
        violations.AddWhen(request.Password.Length < MinPasswordLength, "password", ViolationReason.TooShort, $"At least {MinPasswordLength} characters.");
        violations.ThrowIfAny();

        if (await db.People.AnyAsync(p => p.Username == request.Username, context.CancellationToken))
        {
            throw GrpcErrors.AlreadyExists(Principals.Person(request.Username));
        }

        var entity = new PersonEntity
        {
            Username = request.Username,
            DisplayName = request.Person!.DisplayName.Trim(),
            PasswordHash = "",
            CreateTime = clock.StoredNow(),
        };
        entity.PasswordHash = passwords.HashPassword(entity, request.Password);
        db.People.Add(entity);
        var person = ToContract(entity);
        db.Record(context, clock, RegionalTrail, person.Name, before: null, after: person);
        await db.SaveChangesAsync(context.CancellationToken);
        return person;
    }

    public override async Task<RoleGrant> GrantRole(GrantRoleRequest request, ServerCallContext context)
    {
        var grant = await ValidateGrantAsync(request.Grant, context);
        var entity = ToEntity(grant);
        if (!await db.RoleGrants.AnyAsync(g => g.Principal == entity.Principal && g.Role == entity.Role && g.Federation == entity.Federation, context.CancellationToken))
        {
            db.RoleGrants.Add(entity);
            db.Record(context, clock, entity.Federation, grant.Principal, before: null, after: grant);
            await db.SaveChangesAsync(context.CancellationToken);
        }
        return grant;
    }

    public override async Task<Empty> RevokeRole(RevokeRoleRequest request, ServerCallContext context)
    {
        var grant = await ValidateGrantAsync(request.Grant, context, federationMustExist: false);
        var entity = ToEntity(grant);
        var stored = await db.RoleGrants.SingleOrDefaultAsync(
            g => g.Principal == entity.Principal && g.Role == entity.Role && g.Federation == entity.Federation, context.CancellationToken)
            ?? throw GrpcErrors.NotFound($"{grant.Principal}'s {grant.Role} grant");
        db.RoleGrants.Remove(stored);
        db.Record(context, clock, entity.Federation, grant.Principal, before: grant, after: null);
        await db.SaveChangesAsync(context.CancellationToken);
        return new Empty();
    }

    public override async Task<ListRoleGrantsResponse> ListRoleGrants(ListRoleGrantsRequest request, ServerCallContext context)
    {
        var grants = await db.RoleGrants.AsNoTracking()
            .Where(g => request.Principal == "" || g.Principal == request.Principal)
            .OrderBy(g => g.Principal).ThenBy(g => g.Federation).ThenBy(g => g.Role)
            .ToListAsync(context.CancellationToken);
        var response = new ListRoleGrantsResponse();
        response.Grants.AddRange(grants.Select(ToContract));
        return response;
    }

    public override Task<Caller> GetCaller(GetCallerRequest request, ServerCallContext context)
    {
        var user = context.GetHttpContext().User;
        var caller = new Caller { Principal = user.FindFirst("sub")?.Value ?? "" };
        caller.Grants.AddRange(user.FindAll(FinsamRoles.GrantClaimType).Select(claim =>
        {
            var parts = claim.Value.Split(':', 2);
            return ToContract(new RoleGrantEntity { Principal = caller.Principal, Role = parts[0], Federation = parts.Length == 2 ? parts[1] : "" });
        }));
        return Task.FromResult(caller);
    }

    private async Task<RoleGrant> ValidateGrantAsync(RoleGrant? grant, ServerCallContext context, bool federationMustExist = true)
    {
        var violations = new FieldViolations();
        if (grant is null)
        {
            FieldViolations.Throw("grant", ViolationReason.Required, "Required.");
        }
        var isClient = grant!.Principal.StartsWith(Principals.ClientPrefix, StringComparison.Ordinal);
        var isPerson = grant.Principal.StartsWith(Principals.PersonPrefix, StringComparison.Ordinal);
        violations.AddWhen(!isClient && !isPerson, "grant.principal", ViolationReason.InvalidFormat, "Expected clients/{client_id} or people/{username}.");
        violations.AddWhen(grant.Role == Role.Unspecified || !System.Enum.IsDefined(grant.Role), "grant.role", ViolationReason.Required, "Give the role: regional administrator, editor, reader or auditor.");
        var federation = FederationNames.Parse(grant.Federation);
        if (grant.Role == Role.RegionalAdministrator)
        {
            violations.AddWhen(grant.Federation.Length > 0, "grant.federation", ViolationReason.NotAllowed, "A regional administrator's role covers every federation: leave it empty.");
        }
        else
        {
            violations.AddWhen(federation is null || grant.Federation != $"federations/{federation}", "grant.federation", ViolationReason.InvalidFormat, "Expected federations/{federation}.");
        }
        violations.ThrowIfAny();

        var ct = context.CancellationToken;
        var exists = isClient
            ? await applications.FindByClientIdAsync(grant.Principal[Principals.ClientPrefix.Length..], ct) is not null
            : await db.People.AnyAsync(p => p.Username == grant.Principal.Substring(Principals.PersonPrefix.Length), ct);
        if (!exists)
        {
            throw GrpcErrors.NotFound(grant.Principal);
        }

        // Funding owns the list of federations: ask it, as the caller.
        if (federation is not null && federationMustExist)
        {
            try
            {
                await funding.GetFederationAsync(new GetFederationRequest { Name = grant.Federation }, cancellationToken: ct);
            }
            catch (RpcException notFound) when (notFound.StatusCode == StatusCode.NotFound)
            {
                throw GrpcErrors.NotFound(grant.Federation);
            }
        }
        return grant;
    }

    private static RoleGrantEntity ToEntity(RoleGrant grant) => new()
    {
        Principal = grant.Principal,
        Role = RoleName(grant.Role),
        Federation = FederationNames.Parse(grant.Federation) ?? "",
    };

    private static RoleGrant ToContract(RoleGrantEntity grant) => new()
    {
        Principal = grant.Principal,
        Role = grant.Role switch
        {
            FinsamRoles.RegionalAdministrator => Role.RegionalAdministrator,
            FinsamRoles.Editor => Role.Editor,
            FinsamRoles.Reader => Role.Reader,
            FinsamRoles.Auditor => Role.Auditor,
            _ => Role.Unspecified,
        },
        Federation = grant.Federation.Length == 0 ? "" : $"federations/{grant.Federation}",
    };

    private static string RoleName(Role role) => role switch
    {
        Role.RegionalAdministrator => FinsamRoles.RegionalAdministrator,
        Role.Editor => FinsamRoles.Editor,
        Role.Reader => FinsamRoles.Reader,
        Role.Auditor => FinsamRoles.Auditor,
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    private static Person ToContract(PersonEntity person) => new()
    {
        Name = Principals.Person(person.Username),
        DisplayName = person.DisplayName,
        CreateTime = Timestamp.FromDateTimeOffset(person.CreateTime),
    };
}
