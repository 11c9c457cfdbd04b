namespace Finsam.Identity.Data;

// A person who signs in with a password on the sign-in page, or at the external provider
// their ExternalSubject links them to.
public sealed class PersonEntity
{
    public required string Username { get; init; }

    public required string DisplayName { get; set; }

    // ASP.NET Core Identity's salted PBKDF2 hash; the password itself is never kept.
    public required string PasswordHash { get; set; }

    public DateTimeOffset CreateTime { get; init; }

    // Their subject at the external OpenID Connect provider (Identity:External), or null:
    // not linked. Unique.
    public string? ExternalSubject { get; init; }
}
