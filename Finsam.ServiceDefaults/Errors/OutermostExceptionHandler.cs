using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Finsam.ServiceDefaults.Errors;

// Outside everything WebApplication adds itself (authentication, where OpenIddict reads the
// token request's form, included), so no exception reaches Kestrel's bare 500 or a page.
internal sealed class OutermostExceptionHandler : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context =>
            {
                var exception = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error;
                return exception is null ? Task.CompletedTask : SafeErrorResponses.WriteAsync(context, exception);
            },
        });
        next(app);
    };
}
