namespace Finsam.Identity.Domain;

public enum PrincipalKind
{
    Client,
    Person,
}

// Who may hold roles and get tokens: a client app or a person, by id.
public sealed record Principal(PrincipalKind Kind, string Id);
