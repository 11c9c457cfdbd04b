using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Finsam.ServiceKit.DataProtection;

public static class SealedDataProtection
{
    // Data Protection (cookies, antiforgery, OpenID Connect's state) with its keys in the app's
    // own database, sealed: every replica reads the same keys (a cookie or form one replica
    // made is read by another), they outlive a restart, and a copy of the database opens
    // nothing without the encryption key.
    public static IHostApplicationBuilder AddSealedDataProtection<TContext, TDecryptor>(
        this IHostApplicationBuilder builder, string applicationName, byte[] encryptionKey)
        where TContext : DbContext, IDataProtectionKeyContext
        where TDecryptor : SealedKeyDecryptor
    {
        builder.Services.AddDataProtection()
            .SetApplicationName(applicationName)
            .PersistKeysToDbContext<TContext>();
        builder.Services.AddSingleton(new SealedKeyRing(applicationName, encryptionKey));
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<SealedKeyRing>((options, ring) => options.XmlEncryptor = new SealedKeyEncryptor(ring, typeof(TDecryptor)));
        return builder;
    }

    public static IHostApplicationBuilder AddSealedDataProtection<TContext>(
        this IHostApplicationBuilder builder, string applicationName, byte[] encryptionKey)
        where TContext : DbContext, IDataProtectionKeyContext =>
        builder.AddSealedDataProtection<TContext, SealedKeyDecryptor>(applicationName, encryptionKey);
}
