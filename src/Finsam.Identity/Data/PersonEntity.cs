namespace Finsam.Identity.Data;

// A person who signs in with a password.
public sealed class PersonEntity
{
    public required string Username { get; init; }

    public required string DisplayName { get; set; }

    // ASP.NET Core Identity's salted PBKDF2 hash; the password itself is never kept.
    public required string PasswordHash { get; set; }

    public DateTimeOffset CreateTime { get; init; }
}
