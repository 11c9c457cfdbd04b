using Finsam.Identity.Domain;
using Finsam.Identity.Validation;
using Google.Rpc;
using Grpc.Core;
using Contract = Finsam.Contracts.Identity.V1;

namespace Finsam.Identity.Tests.Validation;

public sealed class AccessRequestValidatorTests
{
    [Fact]
    public void A_federation_role_is_parsed_with_its_principal_and_federation()
    {
        var (grant, principal) = AccessRequestValidator.Validate(new Contract.RoleGrant { Principal = "people/eva", Role = Contract.Role.Editor, Federation = "federations/sundsvall" });

        Assert.Equal(new RoleGrant("people/eva", AccessRole.Editor, "sundsvall"), grant);
        Assert.Equal(new Principal(PrincipalKind.Person, "eva"), principal);
    }

    [Fact]
    public void A_regional_role_names_no_federation()
    {
        var (grant, principal) = AccessRequestValidator.Validate(new Contract.RoleGrant { Principal = "clients/finsam-admin", Role = Contract.Role.RegionalAdministrator });

        Assert.Equal(new RoleGrant("clients/finsam-admin", AccessRole.RegionalAdministrator, ""), grant);
        Assert.Equal(new Principal(PrincipalKind.Client, "finsam-admin"), principal);
    }

    [Theory]
    [InlineData("people/eva", Contract.Role.RegionalAdministrator, "federations/sundsvall", "grant.federation", "NOT_ALLOWED")]
    [InlineData("people/eva", Contract.Role.Reader, "", "grant.federation", "REQUIRED")]
    [InlineData("people/eva", Contract.Role.Auditor, "sundsvall", "grant.federation", "INVALID_FORMAT")]
    [InlineData("people/eva", Contract.Role.Unspecified, "federations/sundsvall", "grant.role", "REQUIRED")]
    [InlineData("people/eva", (Contract.Role)99, "federations/sundsvall", "grant.role", "REQUIRED")]
    [InlineData("persons/eva", Contract.Role.Editor, "federations/sundsvall", "grant.principal", "INVALID_FORMAT")]
    [InlineData("clients/Eva", Contract.Role.Editor, "federations/sundsvall", "grant.principal", "INVALID_FORMAT")]
    [InlineData("", Contract.Role.Editor, "federations/sundsvall", "grant.principal", "REQUIRED")]
    public void A_wrong_grant_is_one_violation_naming_the_field(string principal, Contract.Role role, string federation, string field, string reason)
    {
        var failure = Assert.Throws<RpcException>(() => AccessRequestValidator.Validate(new Contract.RoleGrant { Principal = principal, Role = role, Federation = federation }));

        var violation = Assert.Single(failure.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations);
        Assert.Equal((field, reason), (violation.Field, violation.Reason));
    }

    [Fact]
    public void No_grant_is_required()
    {
        var failure = Assert.Throws<RpcException>(() => AccessRequestValidator.Validate((Contract.RoleGrant?)null));

        Assert.Equal("grant", Assert.Single(failure.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
    }

    [Theory]
    [InlineData("eva", "Eva Ek", "ett-långt-lösenord", null)]
    [InlineData("Eva", "Eva Ek", "ett-långt-lösenord", "username")]
    [InlineData("eva", " ", "ett-långt-lösenord", "person.display_name")]
    [InlineData("eva", "Eva Ek", "kort", "password")]
    public void A_person_needs_an_id_a_name_and_a_long_password(string username, string displayName, string password, string? wrongField)
    {
        var request = new Contract.CreatePersonRequest { Username = username, Person = new Contract.Person { DisplayName = displayName }, Password = password };

        if (wrongField is null)
        {
            AccessRequestValidator.Validate(request);
            return;
        }
        var failure = Assert.Throws<RpcException>(() => AccessRequestValidator.Validate(request));
        Assert.Equal(wrongField, Assert.Single(failure.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("248289761001", null)]
    [InlineData("auth0|5f1c8e2a", null)]
    [InlineData("eva ek", "INVALID_CHARACTER")]
    [InlineData("eva\u0001", "INVALID_CHARACTER")]
    public void A_persons_subject_at_the_external_provider_is_optional_and_has_no_spaces(string subject, string? reason)
    {
        var request = new Contract.CreatePersonRequest
        {
            Username = "eva",
            Person = new Contract.Person { DisplayName = "Eva Ek", ExternalSubject = subject },
            Password = "ett-långt-lösenord",
        };

        if (reason is null)
        {
            AccessRequestValidator.Validate(request);
            return;
        }
        var failure = Assert.Throws<RpcException>(() => AccessRequestValidator.Validate(request));
        var violation = Assert.Single(failure.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations);
        Assert.Equal(("person.external_subject", reason), (violation.Field, violation.Reason));
    }

    [Fact]
    public void A_subject_longer_than_openid_connect_allows_is_refused()
    {
        var request = new Contract.CreatePersonRequest
        {
            Username = "eva",
            Person = new Contract.Person { DisplayName = "Eva Ek", ExternalSubject = new string('s', AccessRequestValidator.MaxExternalSubjectLength + 1) },
            Password = "ett-långt-lösenord",
        };

        var failure = Assert.Throws<RpcException>(() => AccessRequestValidator.Validate(request));

        Assert.Equal("TOO_LONG", Assert.Single(failure.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Reason);
    }
}
