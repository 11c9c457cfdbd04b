using BenchmarkDotNet.Attributes;
using Finsam.Identity.Data;
using Finsam.Identity.SignIn;
using Microsoft.AspNetCore.Identity;

namespace Finsam.Benchmarks;

// A wrong password and an unknown username must cost the same, or the sign-in page's
// answer time tells who has an account: the Ratio column should read 1.00 for both.
[MemoryDiagnoser]
public class PasswordSignInBenchmarks
{
    private PasswordCheck _check = null!;
    private PersonEntity _anna = null!;

    [GlobalSetup]
    public void Setup()
    {
        var hasher = new PasswordHasher<PersonEntity>();
        _check = new PasswordCheck(hasher);
        _anna = new PersonEntity { Username = "anna", DisplayName = "Anna Andersson", PasswordHash = "" };
        _anna.PasswordHash = hasher.HashPassword(_anna, "ett-långt-lösenord");
    }

    [Benchmark(Baseline = true)]
    public bool WrongPassword() => _check.IsRight(_anna, "fel-lösenord-helt-och-hållet");

    [Benchmark]
    public bool UnknownUser() => _check.IsRight(null, "fel-lösenord-helt-och-hållet");
}
