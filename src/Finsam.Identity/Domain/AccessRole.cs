namespace Finsam.Identity.Domain;

public enum AccessRole
{
    RegionalAdministrator,
    Editor,
    Reader,
    Auditor,
}
