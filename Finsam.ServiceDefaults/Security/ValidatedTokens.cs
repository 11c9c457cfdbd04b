using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Finsam.ServiceDefaults.Security;

// A token already checked here (signature, issuer, audience, lifetime) is not checked again on
// every call: one budget computation carries the same token through the gateway, the budget,
// funding and grants, and a client sends it with every request for an hour. The caller it
// proved is kept, by the token's exact text, until the token expires, and at most a minute, so
// a signing key the token server has withdrawn stops its tokens within the minute. Bounded:
// past Capacity tokens the least recently used go. A token that failed is never kept.
internal sealed class ValidatedTokens : IDisposable
{
    public const int Capacity = 10_000;
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(1);

    private const string Bearer = "Bearer ";

    private readonly MemoryCache _callers = new(new MemoryCacheOptions { SizeLimit = Capacity });

    // Ahead of the handler's own check: a token kept is the caller it proved (a copy: what
    // claims transformation adds to it is never kept).
    public Task UseKeptCaller(MessageReceivedContext context)
    {
        if (TokenOf(context) is { } token && _callers.Get<ClaimsPrincipal>(token) is { } caller)
        {
            context.Principal = caller.Clone();
            context.Success();
        }
        return Task.CompletedTask;
    }

    // After the handler's check passed.
    public Task KeepCaller(TokenValidatedContext context)
    {
        if (context.SecurityToken is JsonWebToken token && context.Principal is { } caller)
        {
            var until = new DateTimeOffset(token.ValidTo, TimeSpan.Zero);
            var latest = DateTimeOffset.UtcNow.Add(KeptFor);
            _callers.Set(token.EncodedToken, caller.Clone(), new MemoryCacheEntryOptions
            {
                AbsoluteExpiration = until < latest ? until : latest,
                Size = 1,
            });
        }
        return Task.CompletedTask;
    }

    private static string? TokenOf(MessageReceivedContext context)
    {
        if (context.Token is { Length: > 0 } given)
        {
            return given;
        }
        var authorization = context.Request.Headers.Authorization.ToString();
        return authorization.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase) && authorization.Length > Bearer.Length
            ? authorization[Bearer.Length..].Trim()
            : null;
    }

    public void Dispose() => _callers.Dispose();
}
