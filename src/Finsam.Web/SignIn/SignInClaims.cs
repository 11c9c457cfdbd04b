namespace Finsam.Web.SignIn;

// Claim types as identity writes them (no mapping to Microsoft's long names).
public static class SignInClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Grant = Finsam.ServiceDefaults.Security.FinsamRoles.GrantClaimType;

    // The key of the session's tokens in SignedInSessions; only this app reads it.
    public const string SessionKey = "finsam_web_session";
}
