using Finsam.ServiceKit.Resources;

namespace Finsam.Identity;

// The resource names identity parses and builds, each declared once. A principal (a
// token's subject) is a client or a person by name.
public static class IdentityNames
{
    public static readonly ResourcePattern Client = ResourcePattern.Of("clients/{client}");

    public static readonly ResourcePattern Person = ResourcePattern.Of("people/{person}");

    // Funding's: the federation a role is held in.
    public static readonly ResourcePattern Federation = ResourcePattern.Of("federations/{federation}");
}
