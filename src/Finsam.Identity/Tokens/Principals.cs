namespace Finsam.Identity.Tokens;

// A token's subject is the principal's resource name.
public static class Principals
{
    public const string ClientPrefix = "clients/";
    public const string PersonPrefix = "people/";

    public static string Client(string clientId) => ClientPrefix + clientId;

    public static string Person(string username) => PersonPrefix + username;
}
