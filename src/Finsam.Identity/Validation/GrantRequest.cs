using Finsam.Identity.Domain;

namespace Finsam.Identity.Validation;

// A grant as asked for, valid, with whose it is.
public sealed record GrantRequest(RoleGrant Grant, Principal Principal);
