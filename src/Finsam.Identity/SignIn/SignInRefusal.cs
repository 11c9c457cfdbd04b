namespace Finsam.Identity.SignIn;

// Why a password sign-in is refused. None of them tells whether the username has an
// account: an unknown one is checked, counted and locked like a known one.
public enum SignInRefusal
{
    WrongPassword,
    AccountLocked,
    AddressLocked,
}
