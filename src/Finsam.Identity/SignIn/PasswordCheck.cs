using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using Finsam.Identity.Data;
using Microsoft.AspNetCore.Identity;

namespace Finsam.Identity.SignIn;

// Whether a password is right for a person, or for no one. An unknown username is checked
// against a stand-in hash made by the same hasher (same algorithm, iterations and salt
// size), so both answers take one full verification and the time tells no one who has an
// account.
public sealed class PasswordCheck
{
    private static readonly PersonEntity NoOne = new() { Username = "", DisplayName = "", PasswordHash = "" };

    private readonly IPasswordHasher<PersonEntity> _passwords;

    public PasswordCheck(IPasswordHasher<PersonEntity> passwords)
    {
        _passwords = passwords;
        // A random password that no one can send, hashed once.
        StandInHash = passwords.HashPassword(NoOne, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
    }

    public string StandInHash { get; }

    public bool IsRight([NotNullWhen(true)] PersonEntity? person, string password)
    {
        var result = _passwords.VerifyHashedPassword(person ?? NoOne, person?.PasswordHash ?? StandInHash, password);
        return person is not null && result != PasswordVerificationResult.Failed;
    }
}
