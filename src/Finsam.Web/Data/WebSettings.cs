namespace Finsam.Web.Data;

public static class WebSettings
{
    // Web:EncryptionKey: 32 bytes as hex, the same on every replica (the AppHost generates it,
    // a cluster has it from a Secret). It seals the Data Protection keys in the database.
    public static byte[] EncryptionKey(IConfiguration configuration)
    {
        var hex = configuration["Web:EncryptionKey"];
        try
        {
            if (hex is { Length: 64 })
            {
                return Convert.FromHexString(hex);
            }
        }
        catch (FormatException)
        {
        }
        throw new InvalidOperationException("Web:EncryptionKey must be 32 bytes written as 64 hex digits (openssl rand -hex 32).");
    }
}
