using Finsam.Identity.Data;
using Microsoft.AspNetCore.Identity;

namespace Finsam.Identity.Tests;

// ASP.NET Core Identity's hasher, counting what it verifies against.
internal sealed class CountingHasher : IPasswordHasher<PersonEntity>
{
    private readonly PasswordHasher<PersonEntity> _inner = new();

    public List<string> Verified { get; } = [];

    public string HashPassword(PersonEntity user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(PersonEntity user, string hashedPassword, string providedPassword)
    {
        Verified.Add(hashedPassword);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
