namespace Finsam.Web.SignIn;

// The person's session has ended (signed out elsewhere, the app restarted, the sign-in's
// lifetime passed): they sign in again.
public sealed class SessionEndedException() : Exception("The session has ended; sign in again.");
