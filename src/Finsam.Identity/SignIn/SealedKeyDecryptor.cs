namespace Finsam.Identity.SignIn;

// The name identity's stored keys have given their decryptor since they were first sealed:
// kept, so keys stored before the seal moved to the kit still open.
public sealed class SealedKeyDecryptor(IServiceProvider services) : ServiceKit.DataProtection.SealedKeyDecryptor(services);
