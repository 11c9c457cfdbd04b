using Finsam.Identity.Data;
using Finsam.Identity.SignIn;

namespace Finsam.Identity.Tests;

// An unknown username costs what a wrong password costs: one verification against a hash
// of the same kind, so the answer's timing tells no one who has an account.
public sealed class PasswordCheckTests
{
    private readonly CountingHasher _hasher = new();
    private readonly PasswordCheck _check;
    private readonly PersonEntity _anna;

    public PasswordCheckTests()
    {
        _check = new PasswordCheck(_hasher);
        _anna = new PersonEntity { Username = "anna", DisplayName = "Anna", PasswordHash = "" };
        _anna.PasswordHash = _hasher.HashPassword(_anna, "ett-långt-lösenord");
    }

    [Fact]
    public void The_right_password_is_right_and_a_wrong_one_or_an_unknown_user_is_not()
    {
        Assert.True(_check.IsRight(_anna, "ett-långt-lösenord"));
        Assert.False(_check.IsRight(_anna, "fel-lösenord"));
        Assert.False(_check.IsRight(null, "ett-långt-lösenord"));
        Assert.False(_check.IsRight(null, ""));
    }

    [Fact]
    public void A_wrong_password_and_an_unknown_user_each_verify_once_against_a_hash_of_the_same_kind()
    {
        _check.IsRight(_anna, "fel-lösenord");
        _check.IsRight(null, "fel-lösenord");

        Assert.Equal([_anna.PasswordHash, _check.StandInHash], _hasher.Verified);
        Assert.Equal(HashKind(_anna.PasswordHash), HashKind(_check.StandInHash));
    }

    // ASP.NET Core Identity's v3 format: format marker, PRF, iteration count and salt
    // length lead the hash; the same header means the same work to verify.
    private static (byte Format, uint Prf, uint Iterations, uint SaltLength, int Length) HashKind(string hash)
    {
        var bytes = Convert.FromBase64String(hash);
        static uint At(byte[] b, int i) => (uint)(b[i] << 24 | b[i + 1] << 16 | b[i + 2] << 8 | b[i + 3]);
        return (bytes[0], At(bytes, 1), At(bytes, 5), At(bytes, 9), bytes.Length);
    }
}
